import type { Subnet } from './types';

/** At or above these percentages the utilisation bar turns amber, then red. */
export const WARN_PERCENT = 80;
export const DANGER_PERCENT = 95;

export type UtilisationVariant = 'success' | 'warning' | 'danger';

export function utilisationVariant(percent: number): UtilisationVariant {
  if (percent >= DANGER_PERCENT) return 'danger';
  if (percent >= WARN_PERCENT) return 'warning';
  return 'success';
}

const percentFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat();

/** "0.39%"; a used IPv6 subnet rounds to 0 but is not empty, so it reads "< 0.01%". */
export function formatPercent(percent: number): string {
  if (percent > 0 && percent < 0.01) return '< 0.01%';
  return `${percentFormat.format(percent)}%`;
}

/** Address counts: exact for IPv4-sized numbers, as a power of two once they stop being readable (IPv6). */
export function formatCount(count: number): string {
  if (count >= 2 ** 32) return `2^${Math.round(Math.log2(count))}`;
  return countFormat.format(count);
}

/** The API may send int64/double fields as strings; the UI works with numbers. */
export function subnetUsage(subnet: Subnet) {
  return {
    used: Number(subnet.usedAddresses) || 0,
    usable: Number(subnet.usableAddresses) || 0,
    percent: Number(subnet.utilisationPercent) || 0,
  };
}
