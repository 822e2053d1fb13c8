import { describe, expect, it } from 'vitest';
import { parseList, safeHref } from './text';

describe('parseList', () => {
  it('trims, drops empty entries and repeats', () => {
    expect(parseList(' a, b ,,a ')).toEqual(['a', 'b']);
  });
});

describe('safeHref', () => {
  it('links only http(s) URLs', () => {
    expect(safeHref('https://x.example/a')).toBe('https://x.example/a');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('ssh://10.0.0.1')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});
