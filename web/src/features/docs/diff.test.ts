import { describe, expect, it } from 'vitest';
import { collapseUnchanged, diffStats, hasChanges, mergeDiffParts } from './diff';

describe('mergeDiffParts', () => {
  it('joins neighbours of the same kind and drops empty parts', () => {
    expect(
      mergeDiffParts([
        { op: 'equal', text: 'The ' },
        { op: 'delete', text: 'old ' },
        { op: 'delete', text: 'slow ' },
        { op: 'insert', text: '' },
        { op: 'insert', text: 'new ' },
        { op: 'equal', text: 'router' },
      ]),
    ).toEqual([
      { op: 'equal', text: 'The ' },
      { op: 'delete', text: 'old slow ' },
      { op: 'insert', text: 'new ' },
      { op: 'equal', text: 'router' },
    ]);
  });

  it('reads an unknown op as unchanged text', () => {
    expect(mergeDiffParts([{ op: 'moved', text: 'a' }, { op: 'equal', text: 'b' }])).toEqual([{ op: 'equal', text: 'ab' }]);
  });
});

describe('hasChanges and diffStats', () => {
  it('say whether and how much changed', () => {
    expect(hasChanges([{ op: 'equal', text: 'same' }])).toBe(false);
    expect(hasChanges([{ op: 'insert', text: 'x' }])).toBe(true);
    expect(diffStats(0, 0)).toBe('No change to the text');
    expect(diffStats(1, 0)).toBe('1 word added');
    expect(diffStats(0, 3)).toBe('3 words removed');
    expect(diffStats(4, 2)).toBe('4 words added, 2 removed');
  });
});

describe('collapseUnchanged', () => {
  const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`).join('\n');

  it('keeps the lines around a change and folds the rest', () => {
    const parts = [
      { op: 'equal', text: `${lines(1, 10)}\nword ` },
      { op: 'delete', text: 'old' },
      { op: 'insert', text: 'new' },
      { op: 'equal', text: ` end\n${lines(12, 30)}` },
    ];
    expect(collapseUnchanged(parts, 2)).toEqual([
      { op: 'skip', lines: 8 },
      { op: 'equal', text: 'line 9\nline 10\nword ' },
      { op: 'delete', text: 'old' },
      { op: 'insert', text: 'new' },
      { op: 'equal', text: ' end\nline 12\nline 13\n' },
      { op: 'skip', lines: 17 },
    ]);
  });

  it('folds between two changes only when enough lines lie between them', () => {
    const near = [
      { op: 'insert', text: 'a' },
      { op: 'equal', text: `\n${lines(1, 4)}\n` },
      { op: 'insert', text: 'b' },
    ];
    expect(collapseUnchanged(near, 2)).toEqual(mergeDiffParts(near));
    const far = [
      { op: 'insert', text: 'a' },
      { op: 'equal', text: `\n${lines(1, 20)}\n` },
      { op: 'insert', text: 'b' },
    ];
    expect(collapseUnchanged(far, 2)).toEqual([
      { op: 'insert', text: 'a' },
      { op: 'equal', text: '\nline 1\nline 2\n' },
      { op: 'skip', lines: 16 },
      { op: 'equal', text: 'line 19\nline 20\n' },
      { op: 'insert', text: 'b' },
    ]);
  });

  it('keeps one-line text (a title) whole', () => {
    expect(collapseUnchanged([{ op: 'equal', text: 'Firewall ' }, { op: 'insert', text: 'overview' }])).toEqual([
      { op: 'equal', text: 'Firewall ' },
      { op: 'insert', text: 'overview' },
    ]);
  });
});
