import { describe, expect, it } from 'vitest';
import { formatBytes } from './bytes';

describe('formatBytes', () => {
  it('says bytes below a kilobyte', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
  });

  it('rounds to a decimal below a hundred and to whole units above', () => {
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(12_600)).toBe('12.3 KB');
    expect(formatBytes(200_000)).toBe('195 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(256 * 1024 * 1024)).toBe('256 MB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5 GB');
  });
});
