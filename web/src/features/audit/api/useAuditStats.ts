import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AuditScope, AuditStats } from '../types';
import { auditKeys } from './auditKeys';

/** An ISO-8601 range of instants. */
export interface AuditStatsRange {
  from: string;
  to: string;
}

export async function getAuditStats(orgId: AuditScope, range: AuditStatsRange, signal?: AbortSignal): Promise<AuditStats> {
  const query = { bucket: 'day' as const, from: range.from, to: range.to };
  return orgId
    ? unwrap(await api.GET('/api/v1/orgs/{orgId}/audit/stats', { params: { path: { orgId }, query }, signal }))
    : unwrap(await api.GET('/api/v1/audit/stats', { params: { query }, signal }));
}

export function useAuditStats(orgId: AuditScope, range: AuditStatsRange) {
  return useQuery({
    queryKey: auditKeys.stats(orgId, range),
    queryFn: ({ signal }) => getAuditStats(orgId, range, signal),
  });
}
