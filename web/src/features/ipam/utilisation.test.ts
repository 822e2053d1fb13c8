import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, utilisationVariant } from './utilisation';

describe('utilisation', () => {
  it('turns amber at 80 % and red at 95 %', () => {
    expect(utilisationVariant(0)).toBe('success');
    expect(utilisationVariant(79.99)).toBe('success');
    expect(utilisationVariant(80)).toBe('warning');
    expect(utilisationVariant(94.99)).toBe('warning');
    expect(utilisationVariant(95)).toBe('danger');
    expect(utilisationVariant(100)).toBe('danger');
  });

  it('formats percentages and address counts, IPv6 sizes as powers of two', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.79)).toBe('0.79%');
    expect(formatPercent(0.000001)).toBe('< 0.01%');
    expect(formatCount(254)).toBe('254');
    expect(formatCount(18446744073709552000)).toBe('2^64');
  });
});
