import { describe, expect, it } from 'vitest';
import { folderTree } from './folders';
import { folderEmpty, folderNetwork, folderSwitches } from './testData';

describe('folderTree', () => {
  it('puts sub-folders under their parent, siblings by name', () => {
    const tree = folderTree([folderSwitches, folderNetwork, folderEmpty]);
    expect(tree.map((n) => [n.folder.name, n.depth, n.hasChildren])).toEqual([
      ['Archive', 0, false],
      ['Network', 0, true],
      ['Switches', 1, false],
    ]);
  });

  it('survives a parent cycle', () => {
    const a = { ...folderNetwork, id: 'a', name: 'A', parentId: 'b' };
    const b = { ...folderNetwork, id: 'b', name: 'B', parentId: 'a' };
    expect(folderTree([a, b]).map((n) => n.folder.id).sort()).toEqual(['a', 'b']);
  });
});
