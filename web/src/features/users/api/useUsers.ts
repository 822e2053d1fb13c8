import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { UserListParams, UserPage } from '../types';
import { userKeys } from './userKeys';

export async function listUsers(params: UserListParams, signal?: AbortSignal): Promise<UserPage> {
  const query = {
    limit: params.limit,
    sort: params.sort,
    ...(params.q ? { q: params.q } : {}),
    ...(params.active ? { active: params.active === 'true' } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/users', { params: { query }, signal }));
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => listUsers(params, signal),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
