const units = ['KB', 'MB', 'GB', 'TB'];

/** A size for people, in powers of 1,024: "512 bytes", "12.3 KB", "256 MB" (one decimal below 100). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 100 ? 1 : 0;
  return `${Number(value.toFixed(digits)).toLocaleString('en-GB')} ${units[unit]}`;
}
