import type { DocFolder } from './types';

export interface FolderTreeNode {
  folder: DocFolder;
  children: FolderTreeNode[];
}

const byName = (a: FolderTreeNode, b: FolderTreeNode) => a.folder.name.localeCompare(b.folder.name, undefined, { sensitivity: 'base' });

/**
 * The folders nested by `parentId`, siblings by name. A folder whose parent is missing, or that sits in a parent
 * cycle (the API forbids one; old data might not), is shown at the top level rather than lost.
 */
export function buildFolderTree(folders: readonly DocFolder[]): FolderTreeNode[] {
  const nodes = new Map(folders.map((folder) => [folder.id, { folder, children: [] as FolderTreeNode[] }]));
  const roots: FolderTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.folder.parentId ? nodes.get(node.folder.parentId) : undefined;
    if (parent && !isAncestor(node.folder.id, parent.folder, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: FolderTreeNode[]) => {
    list.sort(byName);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Whether `id` is `folder` or one of its ancestors (a cycle when `folder` is to become its parent). */
function isAncestor(id: string, folder: DocFolder, nodes: Map<string, FolderTreeNode>): boolean {
  const seen = new Set<string>();
  for (let at: DocFolder | undefined = folder; at && !seen.has(at.id); at = at.parentId ? nodes.get(at.parentId)?.folder : undefined) {
    if (at.id === id) return true;
    seen.add(at.id);
  }
  return false;
}

/** The folders from the top level down to `folderId` (the article's breadcrumb); empty when it is unknown. */
export function folderPath(folders: readonly DocFolder[], folderId: string | null | undefined): DocFolder[] {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const path: DocFolder[] = [];
  for (let at = folderId ? byId.get(folderId) : undefined; at && !path.includes(at); at = at.parentId ? byId.get(at.parentId) : undefined) path.unshift(at);
  return path;
}

/** Every folder with its full path as a label ("Network / Firewalls"), in tree order: the editor's folder select. */
export function folderOptions(folders: readonly DocFolder[]): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  const walk = (list: FolderTreeNode[], prefix: string) => {
    for (const node of list) {
      const label = prefix + node.folder.name;
      options.push({ value: node.folder.id, label });
      walk(node.children, `${label} / `);
    }
  };
  walk(buildFolderTree(folders), '');
  return options;
}
