import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDayMonth, formatRelative, formatTime } from './dates';

// Moments are built in local time (the zone the formatter uses), so the expectations hold in any time zone.
describe('one date format', () => {
  it('writes a day as "7 Dec 2026" whatever the input', () => {
    expect(formatDate('2026-12-07')).toBe('7 Dec 2026');
    expect(formatDate(new Date(2026, 11, 7, 12))).toBe('7 Dec 2026');
    expect(formatDate(new Date(2026, 0, 31, 23, 59).getTime())).toBe('31 Jan 2026');
  });

  it('keeps a date-only value on its calendar day (no time zone shift)', () => {
    for (const day of ['2026-01-01', '2026-06-30', '2026-12-31']) {
      const [y, m, d] = day.split('-').map(Number);
      expect(formatDate(day)).toBe(`${d} ${new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${y}`);
    }
  });

  it('writes a moment as "7 Dec 2026, 14:05" in 24-hour time, with seconds on request', () => {
    const at = new Date(2026, 11, 7, 14, 5, 33);
    expect(formatDateTime(at)).toBe('7 Dec 2026, 14:05');
    expect(formatDateTime(at, { seconds: true })).toBe('7 Dec 2026, 14:05:33');
    expect(formatTime(at)).toBe('14:05');
    expect(formatDayMonth('2026-12-07T00:00:00Z')).toBe('7 Dec');
  });

  it('leaves a value it cannot read as it is', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDateTime('never')).toBe('never');
    expect(formatRelative('n/a')).toBe('n/a');
  });

  it('says recent moments relatively and older ones as a date', () => {
    const now = new Date(2026, 11, 7, 14, 5);
    const ago = (s: number) => new Date(now.getTime() - s * 1000);
    expect(formatRelative(ago(10), now)).toBe('just now');
    expect(formatRelative(ago(180), now)).toBe('3 min ago');
    expect(formatRelative(ago(2 * 3600), now)).toBe('2 h ago');
    expect(formatRelative(ago(26 * 3600), now)).toBe('yesterday');
    expect(formatRelative(ago(5 * 86400), now)).toBe('5 days ago');
    expect(formatRelative(ago(40 * 86400), now)).toBe('28 Oct 2026');
    expect(formatRelative(new Date(now.getTime() + 180_000), now)).toBe('in 3 min');
  });
});
