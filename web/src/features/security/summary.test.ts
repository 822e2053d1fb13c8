import { describe, expect, it } from 'vitest';
import { parseRangePreset, rangeFor, seriesKey, summaryCards, toChartData } from './summary';

describe('rangeFor', () => {
  const now = new Date('2026-03-10T14:25:31Z');

  it('covers the last 24 whole hours, ending after the current one', () => {
    expect(rangeFor('24h', now)).toEqual({ bucket: 'hour', from: '2026-03-09T15:00:00.000Z', to: '2026-03-10T15:00:00.000Z' });
  });

  it('covers the last 7 or 30 UTC days, today included', () => {
    expect(rangeFor('7d', now)).toEqual({ bucket: 'day', from: '2026-03-04T00:00:00.000Z', to: '2026-03-11T00:00:00.000Z' });
    expect(rangeFor('30d', now)).toEqual({ bucket: 'day', from: '2026-02-09T00:00:00.000Z', to: '2026-03-11T00:00:00.000Z' });
  });

  it('stays the same within the hour', () => {
    expect(rangeFor('24h', new Date('2026-03-10T14:59:59Z'))).toEqual(rangeFor('24h', new Date('2026-03-10T14:00:00Z')));
  });

  it('reads the URL parameter, defaulting to 24 hours', () => {
    expect(parseRangePreset('7d')).toBe('7d');
    expect(parseRangePreset('1y')).toBe('24h');
    expect(parseRangePreset(null)).toBe('24h');
  });
});

describe('summaryCards', () => {
  it('gives every known kind a card, zero when absent, and adds unknown kinds after them', () => {
    const cards = summaryCards([
      { kind: 'rate_limit.exceeded', events: 3, hits: 250, lastAt: '2026-03-10T14:00:00Z' },
      { kind: 'custom.kind', events: 1, hits: 1, lastAt: '2026-03-10T13:00:00Z' },
      { kind: 'account.locked', events: 2, hits: 2, lastAt: '2026-03-10T12:00:00Z' },
    ]);
    expect(cards.map((c) => c.label)).toEqual([
      'Rate-limit hits',
      'Lockouts',
      'Admin address blocks',
      'Country blocks',
      'Scope violations',
      'API key address blocks',
      'Unlocks',
      'Unreadable secrets',
      'custom.kind',
    ]);
    expect(cards[0]).toMatchObject({ kind: 'rate_limit.exceeded', hits: 250, events: 3, aggregated: true });
    expect(cards[1]).toMatchObject({ kind: 'account.locked', hits: 2, events: 2, aggregated: false });
    expect(cards[2]).toMatchObject({ kind: 'admin_ip.denied', hits: 0, events: 0, lastAt: '' });
  });
});

describe('toChartData', () => {
  it('gives every hour of the range a row with zero-filled hits per kind', () => {
    const { rows, series } = toChartData({
      bucket: 'hour',
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-01T04:00:00Z',
      points: [
        { start: '2026-03-01T02:00:00Z', kind: 'account.locked', events: 1, hits: 1 },
        { start: '2026-03-01T00:00:00Z', kind: 'rate_limit.exceeded', events: 2, hits: 130 },
        { start: '2026-03-01T02:00:00+00:00', kind: 'rate_limit.exceeded', events: 1, hits: 7 },
        { start: '2026-03-01T03:00:00Z', kind: 'geoip.blocked', events: 0, hits: 0 },
      ],
    });
    // Kinds without hits get no series; known kinds keep their usual order.
    expect(series).toEqual([
      { kind: 'rate_limit.exceeded', key: 'rate_limit_exceeded', label: 'Rate-limit hits', color: '#fd7e14' },
      { kind: 'account.locked', key: 'account_locked', label: 'Lockouts', color: '#dc3545' },
    ]);
    expect(rows).toEqual([
      { start: '2026-03-01T00:00:00.000Z', rate_limit_exceeded: 130, account_locked: 0 },
      { start: '2026-03-01T01:00:00.000Z', rate_limit_exceeded: 0, account_locked: 0 },
      { start: '2026-03-01T02:00:00.000Z', rate_limit_exceeded: 7, account_locked: 1 },
      { start: '2026-03-01T03:00:00.000Z', rate_limit_exceeded: 0, account_locked: 0 },
    ]);
  });

  it('uses day buckets, treats `to` as exclusive and keeps points outside the range', () => {
    const { rows, series } = toChartData({
      bucket: 'day',
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-03T00:00:00Z',
      points: [
        { start: '2026-03-02T00:00:00Z', kind: 'other.kind', events: 1, hits: 1 },
        { start: '2026-03-05T00:00:00Z', kind: 'admin_ip.denied', events: 1, hits: 4 },
      ],
    });
    expect(series.map((s) => s.key)).toEqual(['admin_ip_denied', 'other_kind']);
    expect(rows.map((r) => r.start)).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z', '2026-03-05T00:00:00.000Z']);
    expect(rows[1]).toMatchObject({ other_kind: 1, admin_ip_denied: 0 });
  });

  it('has no series when nothing happened', () => {
    const { rows, series } = toChartData({ bucket: 'day', from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z', points: [] });
    expect(series).toEqual([]);
    expect(rows).toHaveLength(7);
  });

  it('makes series keys recharts will not read as paths', () => {
    expect(seriesKey('apikey.scope_violation')).toBe('apikey_scope_violation');
  });
});
