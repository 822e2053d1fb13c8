import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AuditActorPage, AuditScope } from '../types';
import { auditKeys } from './auditKeys';

/** The first people of the log whose name or email matches `q`: the actor picker's choices. */
export async function listAuditActors(orgId: AuditScope, q: string, signal?: AbortSignal): Promise<AuditActorPage> {
  const query = { limit: 20, ...(q ? { q } : {}) };
  const page = orgId
    ? unwrap(await api.GET('/api/v1/orgs/{orgId}/audit/actors', { params: { path: { orgId }, query }, signal }))
    : unwrap(await api.GET('/api/v1/audit/actors', { params: { query }, signal }));
  // SearchSelect reads "more matches" from a cursor; this type-ahead answers a flag instead.
  return { items: page.items, nextCursor: page.hasMore ? 'more' : null };
}

export function useAuditActors(orgId: AuditScope, q: string) {
  return useQuery({
    queryKey: auditKeys.actors(orgId, q),
    queryFn: ({ signal }) => listAuditActors(orgId, q, signal),
    placeholderData: keepPreviousData,
  });
}
