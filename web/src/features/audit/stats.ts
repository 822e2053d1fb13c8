import { endOfLocalDayIso, startOfLocalDayIso, toLocalDateInput } from './filters';
import { auditCategories, type AuditFilters, type AuditStats } from './types';

export const DEFAULT_STATS_DAYS = 30;

/** One chart row: the UTC day (yyyy-mm-dd) and an event count per category, zero when none. */
export type AuditChartRow = { day: string } & Record<string, number | string>;

export interface AuditChartData {
  rows: AuditChartRow[];
  /** Every category with at least one event in the range, in the usual category order. */
  categories: string[];
}

/**
 * The chart's range: the date filters when set, otherwise the last 30 days up to the end of today.
 * Whole local days, so the query key stays stable while the page is open.
 */
export function statsRangeFor(filters: Pick<AuditFilters, 'from' | 'to'>, today: Date = new Date()): { from: string; to: string } {
  const toDay = filters.to || toLocalDateInput(today);
  let fromDay = filters.from;
  if (!fromDay) {
    const [y, m, d] = toDay.split('-').map(Number);
    fromDay = toLocalDateInput(new Date(y, m - 1, d - (DEFAULT_STATS_DAYS - 1)));
  }
  return { from: startOfLocalDayIso(fromDay) ?? '', to: endOfLocalDayIso(toDay) ?? '' };
}

const DAY_MS = 86_400_000;

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Turns the API's (day, category, count) points into one row per day for a stacked bar chart.
 * Buckets are UTC days; every day from `from` to `to` gets a row, and every row has a key per category.
 */
export function pivotStats(stats: Pick<AuditStats, 'from' | 'to' | 'points'>): AuditChartData {
  const known = auditCategories.map((c) => c.value as string);
  const seen = new Set(stats.points.filter((p) => Number(p.count) > 0).map((p) => p.category));
  const categories = [...known.filter((c) => seen.has(c)), ...[...seen].filter((c) => !known.includes(c)).sort()];

  const counts = new Map<string, Map<string, number>>();
  for (const point of stats.points) {
    const day = utcDay(Date.parse(point.start));
    const perCategory = counts.get(day) ?? new Map<string, number>();
    perCategory.set(point.category, (perCategory.get(point.category) ?? 0) + Number(point.count));
    counts.set(day, perCategory);
  }

  const days = new Set<string>();
  const from = Date.parse(stats.from);
  const to = Date.parse(stats.to);
  if (Number.isFinite(from) && Number.isFinite(to) && to >= from) {
    // `to` may be an exclusive midnight; the last day shown is the one holding the range's last instant.
    const last = Date.parse(utcDay(to > from ? to - 1 : to));
    for (let t = Date.parse(utcDay(from)); t <= last; t += DAY_MS) days.add(utcDay(t));
  }
  for (const day of counts.keys()) days.add(day);

  const rows = [...days].sort().map((day) => {
    const row: AuditChartRow = { day };
    for (const category of categories) row[category] = counts.get(day)?.get(category) ?? 0;
    return row;
  });
  return { rows, categories };
}
