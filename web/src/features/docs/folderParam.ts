import type { FolderChoice } from './types';

/** The `folder` URL parameter of the Docs tab: none for all articles, `unfiled`, or a folder's id. */
export function folderFromParam(value: string | null): FolderChoice {
  if (!value) return { kind: 'all' };
  if (value === 'unfiled') return { kind: 'unfiled' };
  return { kind: 'folder', id: value };
}

export function folderToParam(choice: FolderChoice): string {
  return choice.kind === 'folder' ? choice.id : choice.kind === 'unfiled' ? 'unfiled' : '';
}
