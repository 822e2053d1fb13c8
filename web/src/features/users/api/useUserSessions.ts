import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { UserSessionListParams, UserSessionPage } from '../types';
import { userKeys } from './userKeys';

export async function listUserSessions(userId: string, params: UserSessionListParams, signal?: AbortSignal): Promise<UserSessionPage> {
  const query = {
    limit: params.limit,
    sort: '-createdAt',
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/users/{userId}/sessions', { params: { path: { userId }, query }, signal }));
}

export function useUserSessions(userId: string, params: UserSessionListParams) {
  return useQuery({
    queryKey: userKeys.sessionList(userId, params),
    queryFn: ({ signal }) => listUserSessions(userId, params, signal),
    placeholderData: keepPreviousData,
  });
}
