import { describe, expect, it } from 'vitest';
import { buildFolderTree, folderOptions, folderPath, type FolderTreeNode } from './folderTree';
import type { DocFolder } from './types';

const folder = (id: string, name: string, parentId: string | null = null): DocFolder => ({
  id,
  name,
  parentId,
  articleCount: 0,
  diagramCount: 0,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  etag: `"${id}"`,
});

const shape = (nodes: FolderTreeNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.folder.name, shape(n.children)] : n.folder.name));

describe('buildFolderTree', () => {
  it('nests folders under their parents, siblings by name', () => {
    const tree = buildFolderTree([folder('c', 'VPN', 'a'), folder('a', 'Network'), folder('b', 'Backups'), folder('d', 'Firewalls', 'a'), folder('e', 'Rules', 'd')]);
    expect(shape(tree)).toEqual(['Backups', ['Network', [['Firewalls', ['Rules']], 'VPN']]]);
  });

  it('shows a folder whose parent is missing, or that sits in a cycle, at the top level', () => {
    const tree = buildFolderTree([folder('a', 'Orphan', 'gone'), folder('b', 'Loop one', 'c'), folder('c', 'Loop two', 'b'), folder('d', 'Self', 'd')]);
    const names = (nodes: FolderTreeNode[]): string[] => nodes.flatMap((n) => [n.folder.name, ...names(n.children)]);
    expect(names(tree).sort()).toEqual(['Loop one', 'Loop two', 'Orphan', 'Self']);
    expect(tree.map((n) => n.folder.name)).toContain('Orphan');
    expect(tree.map((n) => n.folder.name)).toContain('Self');
  });
});

describe('folderPath', () => {
  const folders = [folder('a', 'Network'), folder('d', 'Firewalls', 'a'), folder('e', 'Rules', 'd')];

  it('goes from the top level down to the folder', () => {
    expect(folderPath(folders, 'e').map((f) => f.name)).toEqual(['Network', 'Firewalls', 'Rules']);
  });

  it('is empty for no folder or an unknown one, and stops at a cycle', () => {
    expect(folderPath(folders, null)).toEqual([]);
    expect(folderPath(folders, 'zz')).toEqual([]);
    expect(folderPath([folder('b', 'One', 'c'), folder('c', 'Two', 'b')], 'b').map((f) => f.name)).toEqual(['Two', 'One']);
  });
});

describe('folderOptions', () => {
  it('labels each folder with its path, in tree order', () => {
    expect(folderOptions([folder('d', 'Firewalls', 'a'), folder('a', 'Network'), folder('b', 'Backups')]).map((o) => o.label)).toEqual([
      'Backups',
      'Network',
      'Network / Firewalls',
    ]);
  });
});
