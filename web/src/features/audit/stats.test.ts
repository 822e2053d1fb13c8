import { describe, expect, it } from 'vitest';
import { pivotStats, statsRangeFor } from './stats';

describe('pivotStats', () => {
  it('gives every day of the range a row with a zero-filled key per category', () => {
    const { rows, categories } = pivotStats({
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-04T23:59:59.999Z',
      points: [
        { start: '2026-03-01T00:00:00Z', category: 'security', count: 1 },
        { start: '2026-03-01T00:00:00Z', category: 'authentication', count: 5 },
        { start: '2026-03-03T00:00:00Z', category: 'organisation', count: 2 },
        { start: '2026-03-03T00:00:00+00:00', category: 'authentication', count: 1 },
      ],
    });
    // Known categories keep their usual order, whatever order the points came in.
    expect(categories).toEqual(['authentication', 'organisation', 'security']);
    expect(rows).toEqual([
      { day: '2026-03-01', authentication: 5, organisation: 0, security: 1 },
      { day: '2026-03-02', authentication: 0, organisation: 0, security: 0 },
      { day: '2026-03-03', authentication: 1, organisation: 2, security: 0 },
      { day: '2026-03-04', authentication: 0, organisation: 0, security: 0 },
    ]);
  });

  it('treats a midnight end as exclusive and keeps unknown categories after the known ones', () => {
    const { rows, categories } = pivotStats({
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-03T00:00:00Z',
      points: [
        { start: '2026-03-02T00:00:00Z', category: 'billing', count: 3 },
        { start: '2026-03-02T00:00:00Z', category: 'api', count: 4 },
      ],
    });
    expect(categories).toEqual(['api', 'billing']);
    expect(rows.map((r) => r.day)).toEqual(['2026-03-01', '2026-03-02']);
    expect(rows[1]).toEqual({ day: '2026-03-02', api: 4, billing: 3 });
  });

  it('has no categories, but still all days, when there are no events', () => {
    const { rows, categories } = pivotStats({ from: '2026-03-01T00:00:00Z', to: '2026-03-02T12:00:00Z', points: [] });
    expect(categories).toEqual([]);
    expect(rows).toEqual([{ day: '2026-03-01' }, { day: '2026-03-02' }]);
  });
});

describe('statsRangeFor', () => {
  it('defaults to the last 30 local days up to the end of today', () => {
    const range = statsRangeFor({ from: '', to: '' }, new Date(2026, 2, 31, 15, 30));
    expect(range).toEqual({
      from: new Date(2026, 2, 2, 0, 0, 0, 0).toISOString(),
      to: new Date(2026, 2, 31, 23, 59, 59, 999).toISOString(),
    });
  });

  it('follows the date filters', () => {
    expect(statsRangeFor({ from: '2026-01-10', to: '2026-01-12' })).toEqual({
      from: new Date(2026, 0, 10).toISOString(),
      to: new Date(2026, 0, 12, 23, 59, 59, 999).toISOString(),
    });
    expect(statsRangeFor({ from: '', to: '2026-01-30' }).from).toBe(new Date(2026, 0, 1).toISOString());
  });
});
