import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { SecurityEventListParams, SecurityEventPage } from '../types';
import { securityKeys } from './securityKeys';

export async function listSecurityEvents(params: SecurityEventListParams, cursor: string | null, signal?: AbortSignal): Promise<SecurityEventPage> {
  const query = {
    category: 'security',
    limit: params.limit,
    from: params.from,
    to: params.to,
    ...(params.kind ? { action: params.kind } : {}),
    ...(cursor ? { cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/audit', { params: { query }, signal }));
}

/** The security rows of the platform audit log, newest first; "load more" appends the next page. */
export function useSecurityEvents(params: SecurityEventListParams) {
  return useInfiniteQuery({
    queryKey: securityKeys.events(params),
    queryFn: ({ pageParam, signal }) => listSecurityEvents(params, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
    // Keeps the rows on screen while another kind or range loads.
    placeholderData: keepPreviousData,
  });
}
