import type { AuditListParams, AuditScope } from '../types';

export const auditKeys = {
  all: ['audit'] as const,
  scope: (orgId: AuditScope) => [...auditKeys.all, orgId ?? 'platform'] as const,
  lists: (orgId: AuditScope) => [...auditKeys.scope(orgId), 'list'] as const,
  list: (orgId: AuditScope, params: AuditListParams) => [...auditKeys.lists(orgId), params] as const,
  actors: (orgId: AuditScope, q: string) => [...auditKeys.scope(orgId), 'actors', q] as const,
  stats: (orgId: AuditScope, range: { from: string; to: string }) => [...auditKeys.scope(orgId), 'stats', range] as const,
};
