import type { AuditCategoryValue, AuditOutcomeValue } from '../../api/types';
import { auditCategories, auditOutcomes, type AuditFilterName, type AuditFilters, type AuditQuery } from './types';

export const emptyAuditFilters: AuditFilters = {
  q: '',
  category: '',
  outcome: '',
  action: '',
  actorId: '',
  targetType: '',
  targetId: '',
  from: '',
  to: '',
};

export const auditFilterNames = Object.keys(emptyAuditFilters) as AuditFilterName[];

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function localDate(date: string, hours: number, minutes: number, seconds: number, ms: number): Date | null {
  const m = isoDate.exec(date);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hours, minutes, seconds, ms);
  // Rejects dates like 2026-02-31 that Date would roll over into March.
  return d.getDate() === Number(m[3]) && d.getMonth() === Number(m[2]) - 1 ? d : null;
}

/** yyyy-mm-dd (a local calendar day) → the instant that day starts, as ISO-8601 UTC. */
export function startOfLocalDayIso(date: string): string | null {
  return localDate(date, 0, 0, 0, 0)?.toISOString() ?? null;
}

/** yyyy-mm-dd (a local calendar day) → the last millisecond of that day, as ISO-8601 UTC. */
export function endOfLocalDayIso(date: string): string | null {
  return localDate(date, 23, 59, 59, 999)?.toISOString() ?? null;
}

/** The local calendar day of a Date as yyyy-mm-dd (what a date input shows). */
export function toLocalDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Reads the filters from the URL, dropping values the API would reject. */
export function filtersFromSearchParams(params: URLSearchParams): AuditFilters {
  const text = (name: AuditFilterName) => params.get(name)?.trim() ?? '';
  const category = text('category');
  const outcome = text('outcome');
  const date = (name: 'from' | 'to') => (startOfLocalDayIso(text(name)) ? text(name) : '');
  return {
    q: text('q'),
    category: auditCategories.find((c) => c.value === category)?.value ?? '',
    outcome: auditOutcomes.find((o) => o.value === outcome)?.value ?? '',
    action: text('action'),
    actorId: text('actorId'),
    targetType: text('targetType'),
    targetId: text('targetId'),
    from: date('from'),
    to: date('to'),
  };
}

/** Sets one filter in the URL parameters, removing it when empty; other parameters are kept. */
export function withFilter(params: URLSearchParams, name: AuditFilterName, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const trimmed = value.trim();
  if (trimmed) next.set(name, trimmed);
  else next.delete(name);
  return next;
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of auditFilterNames) next.delete(name);
  return next;
}

export function hasActiveFilters(filters: AuditFilters): boolean {
  return auditFilterNames.some((name) => filters[name] !== '');
}

/** The filters as the API's query parameters: unset ones left out, dates turned into instants. */
/** The query as the API types it: category and outcome come from the filter's own option lists. */
export type AuditApiQuery = Omit<AuditQuery, 'category' | 'outcome'> & { category?: AuditCategoryValue; outcome?: AuditOutcomeValue };

export function toAuditQuery(filters: AuditFilters): AuditApiQuery {
  const query: AuditQuery = {};
  for (const name of ['q', 'category', 'outcome', 'action', 'actorId', 'targetType', 'targetId'] as const) {
    const value = filters[name].trim();
    if (value) query[name] = value;
  }
  const from = filters.from ? startOfLocalDayIso(filters.from) : null;
  const to = filters.to ? endOfLocalDayIso(filters.to) : null;
  if (from) query.from = from;
  if (to) query.to = to;
  return query as AuditApiQuery;
}
