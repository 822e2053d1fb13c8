import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Folder, FolderListParams, FolderPage } from '../types';
import { vaultKeys } from './vaultKeys';

/** The API's largest page. */
const LOOKUP_PAGE = 500;

export async function listFolders(orgId: string, params: FolderListParams, signal?: AbortSignal): Promise<FolderPage> {
  const query = { limit: params.limit, ...(params.q ? { q: params.q } : {}), ...(params.cursor ? { cursor: params.cursor } : {}) };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/vault/folders', { params: { path: { orgId }, query }, signal }));
}

/** A page of the vault's folders by name, each with its count of credentials (the folder list, and the folder picker's search). */
export function useFolders(orgId: string, params: FolderListParams) {
  return useQuery({
    queryKey: vaultKeys.folderList(orgId, params),
    queryFn: ({ signal }) => listFolders(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * One folder by id, for its name (a credential's folder, a pre-selected one). The API has no folder by id, so the
 * pages are read in the largest size until it turns up: one request unless the vault has over 500 folders.
 */
export async function findFolder(orgId: string, folderId: string, signal?: AbortSignal): Promise<Folder | null> {
  let cursor: string | null = null;
  do {
    const page: FolderPage = await listFolders(orgId, { q: '', cursor, limit: LOOKUP_PAGE }, signal);
    const found = page.items.find((f) => f.id === folderId);
    if (found) return found;
    cursor = page.nextCursor ?? null;
  } while (cursor);
  return null;
}

/** The folder with this id, or null when it is gone; nothing is read without an id. */
export function useFolder(orgId: string, folderId: string) {
  return useQuery({
    queryKey: vaultKeys.folder(orgId, folderId),
    queryFn: ({ signal }) => findFolder(orgId, folderId, signal),
    enabled: Boolean(folderId),
    staleTime: 60_000,
  });
}
