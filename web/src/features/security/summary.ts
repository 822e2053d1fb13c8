import { kindInfo, orderKinds, securityKinds } from './kinds';
import type { SecurityRange, SecuritySummary, SecuritySummaryTotal, SummaryBucket } from './types';

export const rangePresets = [
  { value: '24h', label: 'Last 24 hours', bucket: 'hour', count: 24 },
  { value: '7d', label: 'Last 7 days', bucket: 'day', count: 7 },
  { value: '30d', label: 'Last 30 days', bucket: 'day', count: 30 },
] as const;

export type RangePreset = (typeof rangePresets)[number]['value'];

export const DEFAULT_RANGE: RangePreset = '24h';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export function bucketMs(bucket: SummaryBucket): number {
  return bucket === 'hour' ? HOUR_MS : DAY_MS;
}

/** A `range` URL parameter as a preset; anything else is the default. */
export function parseRangePreset(value: string | null): RangePreset {
  return rangePresets.find((p) => p.value === value)?.value ?? DEFAULT_RANGE;
}

/**
 * The instants a preset covers: whole UTC hours or days (the API's buckets), ending with the one now is in.
 * Rounded, so the range — part of the query keys — stays the same while the page is open.
 */
export function rangeFor(preset: RangePreset, now: Date = new Date()): SecurityRange {
  const p = rangePresets.find((r) => r.value === preset) ?? rangePresets[0];
  const size = bucketMs(p.bucket);
  const to = Math.floor(now.getTime() / size) * size + size;
  return { bucket: p.bucket, from: new Date(to - p.count * size).toISOString(), to: new Date(to).toISOString() };
}

export interface SummaryCard extends Omit<SecuritySummaryTotal, 'events' | 'hits'> {
  events: number;
  hits: number;
  label: string;
  description: string;
  aggregated: boolean;
}

/** One card per known kind (zero when it did not happen) plus any other kind the API reported. */
export function summaryCards(totals: SecuritySummaryTotal[]): SummaryCard[] {
  const byKind = new Map(totals.map((t) => [t.kind, t]));
  return orderKinds([...securityKinds.map((k) => k.kind), ...byKind.keys()]).map((kind, i) => {
    const info = kindInfo(kind, i);
    const total = byKind.get(kind);
    return {
      kind,
      // '' when the kind did not happen in the range.
      lastAt: total?.lastAt ?? '',
      label: info.label,
      description: info.description,
      aggregated: info.aggregated,
      events: total?.events ?? 0,
      hits: total?.hits ?? 0,
    };
  });
}

/** A chart row: the bucket's start (ISO) and the hits per series key, zero when none. */
export type SecurityChartRow = { start: string } & Record<string, number | string>;

export interface SecurityChartSeries {
  kind: string;
  /** The row property: recharts reads dotted keys as paths, so `rate_limit.exceeded` becomes `rate_limit_exceeded`. */
  key: string;
  label: string;
  color: string;
}

export interface SecurityChartData {
  rows: SecurityChartRow[];
  /** Every kind with hits in the range, in the usual order. */
  series: SecurityChartSeries[];
}

export function seriesKey(kind: string): string {
  return kind.replace(/[^A-Za-z0-9_]/g, '_');
}

// A guard against absurd ranges: the page asks for at most 30 days or 24 hours.
const MAX_ROWS = 2_000;

/**
 * The API's (bucket, kind, hits) points as one row per bucket for a stacked bar chart. Every bucket from
 * `from` to `to` (exclusive) gets a row, buckets without events included, and every row a key per series.
 */
export function toChartData(summary: Pick<SecuritySummary, 'bucket' | 'from' | 'to' | 'points'>): SecurityChartData {
  const size = bucketMs(summary.bucket === 'hour' ? 'hour' : 'day');
  const floor = (ms: number) => Math.floor(ms / size) * size;

  const hits = new Map<number, Map<string, number>>();
  for (const point of summary.points) {
    const at = Date.parse(point.start);
    if (!Number.isFinite(at)) continue;
    const perKind = hits.get(floor(at)) ?? new Map<string, number>();
    perKind.set(point.kind, (perKind.get(point.kind) ?? 0) + point.hits);
    hits.set(floor(at), perKind);
  }
  const kinds = orderKinds(summary.points.filter((p) => p.hits > 0).map((p) => p.kind));
  const series = kinds.map((kind, i) => {
    const info = kindInfo(kind, i);
    return { kind, key: seriesKey(kind), label: info.label, color: info.color };
  });

  const starts = new Set<number>(hits.keys());
  const from = Date.parse(summary.from);
  const to = Date.parse(summary.to);
  if (Number.isFinite(from) && Number.isFinite(to)) {
    for (let t = floor(from); t < to && starts.size < MAX_ROWS; t += size) starts.add(t);
  }

  const rows = [...starts]
    .sort((a, b) => a - b)
    .map((start) => {
      const row: SecurityChartRow = { start: new Date(start).toISOString() };
      for (const s of series) row[s.key] = hits.get(start)?.get(s.kind) ?? 0;
      return row;
    });
  return { rows, series };
}
