import { describe, expect, it } from 'vitest';
import {
  emptyAuditFilters,
  endOfLocalDayIso,
  filtersFromSearchParams,
  hasActiveFilters,
  startOfLocalDayIso,
  toAuditQuery,
  withFilter,
  withoutFilters,
} from './filters';

describe('toAuditQuery', () => {
  it('leaves unset filters out', () => {
    expect(toAuditQuery(emptyAuditFilters)).toEqual({});
  });

  it('maps every filter and turns the dates into local start and end of day instants', () => {
    const query = toAuditQuery({
      q: ' 10.0.0.1 ',
      category: 'organisation',
      outcome: 'denied',
      action: 'org.created',
      actorId: 'user-1',
      targetType: 'org',
      targetId: 'abc',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(query).toEqual({
      q: '10.0.0.1',
      category: 'organisation',
      outcome: 'denied',
      action: 'org.created',
      actorId: 'user-1',
      targetType: 'org',
      targetId: 'abc',
      from: new Date(2026, 2, 1, 0, 0, 0, 0).toISOString(),
      to: new Date(2026, 2, 31, 23, 59, 59, 999).toISOString(),
    });
    expect(query.from).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('covers the whole day when from and to are the same date', () => {
    const { from, to } = toAuditQuery({ ...emptyAuditFilters, from: '2026-01-15', to: '2026-01-15' });
    expect(Date.parse(to!) - Date.parse(from!)).toBe(24 * 3600 * 1000 - 1);
  });
});

describe('local day conversion', () => {
  it('rejects malformed and impossible dates', () => {
    expect(startOfLocalDayIso('2026-02-31')).toBeNull();
    expect(endOfLocalDayIso('15/01/2026')).toBeNull();
    expect(startOfLocalDayIso('')).toBeNull();
  });
});

describe('filters in the URL', () => {
  it('reads known values and drops ones the API would reject', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('category=vault&outcome=maybe&action=org.created&from=2026-01-01&to=yesterday&q=%20acme%20&page=3'),
    );
    expect(filters).toEqual({ ...emptyAuditFilters, category: 'vault', action: 'org.created', from: '2026-01-01', q: 'acme' });
    expect(filtersFromSearchParams(new URLSearchParams('category=nope')).category).toBe('');
  });

  it('round-trips through withFilter and clears with withoutFilters, keeping other parameters', () => {
    let params = new URLSearchParams('tab=x');
    params = withFilter(params, 'category', 'security');
    params = withFilter(params, 'q', '  ');
    params = withFilter(params, 'to', '2026-05-02');
    expect(params.toString()).toBe('tab=x&category=security&to=2026-05-02');
    expect(hasActiveFilters(filtersFromSearchParams(params))).toBe(true);

    params = withoutFilters(params);
    expect(params.toString()).toBe('tab=x');
    expect(hasActiveFilters(filtersFromSearchParams(params))).toBe(false);
  });
});
