import { describe, expect, it } from 'vitest';
import { diffStats, hasChanges, mergeDiffParts } from './diff';

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
