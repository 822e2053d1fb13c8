import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { SecurityRange, SecuritySummary } from '../types';
import { securityKeys } from './securityKeys';

export async function getSecuritySummary(range: SecurityRange, signal?: AbortSignal): Promise<SecuritySummary> {
  return unwrap(await api.GET('/api/v1/security/summary', { params: { query: { bucket: range.bucket, from: range.from, to: range.to } }, signal }));
}

/** Hits and events per kind over the range, and per hour or day for the chart. */
export function useSecuritySummary(range: SecurityRange) {
  return useQuery({
    queryKey: securityKeys.summary(range),
    queryFn: ({ signal }) => getSecuritySummary(range, signal),
  });
}
