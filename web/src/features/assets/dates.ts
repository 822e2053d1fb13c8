// The SPA's one date format lives in src/lib/dates; asset pages keep importing it from here.
export { formatDate, formatDateTime } from '../../lib/dates';

/** Today in the person's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isPast(date: string, now = new Date()): boolean {
  return date < today(now);
}
