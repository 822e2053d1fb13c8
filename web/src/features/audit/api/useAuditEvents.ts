import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { toAuditQuery } from '../filters';
import type { AuditEventPage, AuditListParams, AuditScope } from '../types';
import { auditKeys } from './auditKeys';

export async function listAuditEvents(orgId: AuditScope, params: AuditListParams, signal?: AbortSignal): Promise<AuditEventPage> {
  const query = {
    limit: params.limit,
    ...toAuditQuery(params.filters),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return orgId
    ? unwrap(await api.GET('/api/v1/orgs/{orgId}/audit', { params: { path: { orgId }, query }, signal }))
    : unwrap(await api.GET('/api/v1/audit', { params: { query }, signal }));
}

export function useAuditEvents(orgId: AuditScope, params: AuditListParams) {
  return useQuery({
    queryKey: auditKeys.list(orgId, params),
    queryFn: ({ signal }) => listAuditEvents(orgId, params, signal),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
