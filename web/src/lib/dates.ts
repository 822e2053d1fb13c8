/**
 * The one date format of the SPA, whatever the browser's locale: "7 Dec 2026", "7 Dec 2026, 14:05" (24-hour, the
 * person's time zone), "3 min ago" for recent moments (shown with the absolute value in a title: see RelativeTime).
 * Date-only values (YYYY-MM-DD: warranties, purchase dates) are read in UTC so no time zone moves them a day.
 */
type DateInput = string | number | Date;

const LOCALE = 'en-GB';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' });
const dateOnlyFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const secondsFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const dayMonthFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function toDate(value: DateInput): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "7 Dec 2026". A date-only string is that calendar day; a timestamp is its day in the person's time zone. */
export function formatDate(value: DateInput): string {
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    const date = toDate(`${value}T00:00:00Z`);
    return date ? dateOnlyFormat.format(date) : value;
  }
  const date = toDate(value);
  return date ? dateFormat.format(date) : String(value);
}

/** "7 Dec 2026, 14:05"; with `seconds` (audit trails) "7 Dec 2026, 14:05:33". */
export function formatDateTime(value: DateInput, { seconds = false }: { seconds?: boolean } = {}): string {
  const date = toDate(value);
  if (!date) return String(value);
  return (seconds ? secondsFormat : dateTimeFormat).format(date);
}

/** Chart axes: "7 Dec" for a UTC day bucket, "14:05" for an hour. */
export function formatDayMonth(value: DateInput): string {
  const date = toDate(value);
  return date ? dayMonthFormat.format(date) : String(value);
}

export function formatTime(value: DateInput): string {
  const date = toDate(value);
  return date ? timeFormat.format(date) : String(value);
}

/**
 * "just now", "3 min ago", "2 h ago", "yesterday", "5 days ago" (and "in 3 min" … for the future); past a week the
 * absolute date ("7 Dec 2026"), which people read faster than "5 weeks ago".
 */
export function formatRelative(value: DateInput, now: Date = new Date()): string {
  const date = toDate(value);
  if (!date) return String(value);
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  const say = (n: number, unit: string) => (seconds < 0 ? `${n} ${unit} ago` : `in ${n} ${unit}`);
  if (abs < 45) return 'just now';
  if (abs < 60 * 60) return say(Math.max(1, Math.round(abs / 60)), 'min');
  if (abs < 24 * 60 * 60) return say(Math.round(abs / 3600), 'h');
  const days = Math.round(abs / 86400);
  if (days === 1) return seconds < 0 ? 'yesterday' : 'tomorrow';
  if (days <= 7) return say(days, 'days');
  return formatDate(date);
}

/**
 * Drop-in for the `Intl.DateTimeFormat` instances pages kept as module constants: `dateFormat.format(d)` reads the
 * SPA's one format.
 */
export const shortDate = { format: (value: DateInput) => formatDate(value) };
export const shortDateTime = { format: (value: DateInput) => formatDateTime(value) };
export const longDateTime = { format: (value: DateInput) => formatDateTime(value, { seconds: true }) };
export const dayMonth = { format: (value: DateInput) => formatDayMonth(value) };
export const hourMinute = { format: (value: DateInput) => formatTime(value) };
/** "7 Dec, 14:05": an hour bucket on a chart spanning days. */
export const dayMonthTime = { format: (value: DateInput) => `${formatDayMonth(value)}, ${formatTime(value)}` };
