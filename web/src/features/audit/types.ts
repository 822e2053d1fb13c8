import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type AuditEventPage = JsonOf<paths['/api/v1/audit']['get']['responses'][200]>;
export type AuditEvent = AuditEventPage['items'][number];
export type AuditActor = JsonOf<paths['/api/v1/audit/actors']['get']['responses'][200]>['items'][number];
/** The actor picker's page (see useAuditActors). */
export interface AuditActorPage {
  items: AuditActor[];
  nextCursor: string | null;
}
export type AuditStats = JsonOf<paths['/api/v1/audit/stats']['get']['responses'][200]>;
export type AuditStatsPoint = AuditStats['points'][number];
export type AuditVerifyResult = JsonOf<paths['/api/v1/audit/verify']['get']['responses'][200]>;

export const auditCategories = [
  { value: 'authentication', label: 'Authentication', badge: 'primary', color: '#0d6efd' },
  { value: 'vault', label: 'Vault', badge: 'dark', color: '#6f42c1' }, // purple: the badge's near-black would vanish on the dark chart
  { value: 'permissions', label: 'Permissions', badge: 'warning', color: '#ffc107' },
  { value: 'admin', label: 'Admin', badge: 'secondary', color: '#6c757d' },
  { value: 'organisation', label: 'Organisation', badge: 'info', color: '#0dcaf0' },
  { value: 'api', label: 'API', badge: 'success', color: '#198754' },
  { value: 'security', label: 'Security', badge: 'danger', color: '#dc3545' },
] as const;

export type AuditCategory = (typeof auditCategories)[number]['value'];

export const auditOutcomes = [
  { value: 'success', label: 'Success' },
  { value: 'failure', label: 'Failure' },
  { value: 'denied', label: 'Denied' },
] as const;

export type AuditOutcome = (typeof auditOutcomes)[number]['value'];

/** The platform-wide log when null, else the log of one organisation. */
export type AuditScope = string | null;

/**
 * The filters as the URL holds them, '' meaning "not set". `from`/`to` are calendar dates
 * (yyyy-mm-dd, the user's local days) so a shared link reads well; the API gets instants.
 */
export interface AuditFilters {
  q: string;
  category: AuditCategory | '';
  outcome: AuditOutcome | '';
  action: string;
  actorId: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

export type AuditFilterName = keyof AuditFilters;

/** The filter part of the list, export and stats query strings. */
export interface AuditQuery {
  q?: string;
  category?: string;
  outcome?: string;
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

export interface AuditListParams {
  filters: AuditFilters;
  cursor: string | null;
  limit: number;
}
