import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type SecuritySummary = JsonOf<paths['/api/v1/security/summary']['get']['responses'][200]>;
export type SecuritySummaryTotal = SecuritySummary['totals'][number];
export type SecuritySummaryPoint = SecuritySummary['points'][number];
/** Security events are platform audit rows of category `security`. */
export type SecurityEventPage = JsonOf<paths['/api/v1/audit']['get']['responses'][200]>;
export type SecurityEvent = SecurityEventPage['items'][number];

export type SummaryBucket = 'hour' | 'day';

/** An ISO-8601 range of instants, `to` exclusive, with the chart's bucket size. */
export interface SecurityRange {
  bucket: SummaryBucket;
  from: string;
  to: string;
}

export interface SecurityEventListParams {
  /** An audit action such as `account.locked`; '' for every kind. */
  kind: string;
  from: string;
  to: string;
  cursor: string | null;
  limit: number;
}
