import { formatDateTime, formatRelative } from '../lib/dates';

/** "3 min ago", with the exact moment ("7 Dec 2026, 14:05") on hover and in the machine-readable dateTime. */
export function RelativeTime({ value, now }: { value: string; now?: Date }) {
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {formatRelative(value, now)}
    </time>
  );
}
