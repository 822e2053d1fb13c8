import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { SecurityEventListParams, SecurityEventPage } from '../types';
import { securityKeys } from './securityKeys';

export async function listSecurityEvents(params: SecurityEventListParams, signal?: AbortSignal): Promise<SecurityEventPage> {
  const query = {
    category: 'security' as const,
    limit: params.limit,
    from: params.from,
    to: params.to,
    ...(params.kind ? { action: params.kind } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/audit', { params: { query }, signal }));
}

/** A page of the security rows of the platform audit log, newest first. */
export function useSecurityEvents(params: SecurityEventListParams) {
  return useQuery({
    queryKey: securityKeys.events(params),
    queryFn: ({ signal }) => listSecurityEvents(params, signal),
    // Keeps the rows on screen while another page, kind or range loads.
    placeholderData: keepPreviousData,
  });
}
