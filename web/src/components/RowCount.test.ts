import { describe, expect, it } from 'vitest';
import { rowRange } from './RowCount';

describe('rowRange', () => {
  it('says how many rows a single page shows', () => {
    expect(rowRange(1, 50, 12, false)).toBe('12 shown');
  });

  it('gives the range and says more follow while there is a next page', () => {
    expect(rowRange(1, 50, 50, true)).toBe('1–50 shown, more on the next page');
    expect(rowRange(3, 50, 50, true)).toBe('101–150 shown, more on the next page');
  });

  it('knows the total on the last page', () => {
    expect(rowRange(2, 50, 23, false)).toBe('51–73 of 73');
  });

  it('only counts when the page size is unknown', () => {
    expect(rowRange(2, undefined, 7, true)).toBe('7 shown');
  });
});
