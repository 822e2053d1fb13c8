import type { Folder } from './types';

export interface FolderNode {
  folder: Folder;
  /** 0 for top-level folders. */
  depth: number;
  hasChildren: boolean;
}

/** Folders in tree order (each followed by its sub-folders, siblings by name); orphans show at the top level. */
export function folderTree(folders: readonly Folder[]): FolderNode[] {
  const ids = new Set(folders.map((f) => f.id));
  const children = new Map<string | null, Folder[]>();
  for (const folder of folders) {
    const parent = folder.parentId && ids.has(folder.parentId) && folder.parentId !== folder.id ? folder.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), folder]);
  }
  const nodes: FolderNode[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const folder of list) {
      if (seen.has(folder.id)) continue;
      seen.add(folder.id);
      nodes.push({ folder, depth, hasChildren: (children.get(folder.id) ?? []).length > 0 });
      visit(folder.id, depth + 1);
    }
  };
  visit(null, 0);
  // A parent cycle would hide its folders: show whatever is left at the top level.
  for (const folder of folders) {
    if (seen.has(folder.id)) continue;
    seen.add(folder.id);
    nodes.push({ folder, depth: 0, hasChildren: (children.get(folder.id) ?? []).length > 0 });
    visit(folder.id, 1);
  }
  return nodes;
}

export function credentialCount(folder: Folder): number {
  return Number(folder.credentialCount) || 0;
}
