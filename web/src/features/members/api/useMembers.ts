import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { MemberListParams, MemberPage } from '../types';
import { memberKeys } from './memberKeys';

export async function listMembers(orgId: string, params: MemberListParams, signal?: AbortSignal): Promise<MemberPage> {
  const query = {
    limit: params.limit,
    ...(params.q ? { q: params.q } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/members', { params: { path: { orgId }, query }, signal }));
}

export function useMembers(orgId: string, params: MemberListParams) {
  return useQuery({
    queryKey: memberKeys.list(orgId, params),
    queryFn: ({ signal }) => listMembers(orgId, params, signal),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
