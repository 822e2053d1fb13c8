import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import type { CreateDocFolderBody, DocFolder, DocFolderPage, UpdateDocFolderBody } from '../types';
import { docsKeys } from './docsKeys';

/** The API's largest page. */
const PAGE = 500;

/**
 * Every folder of the knowledge base, for the tree (a tree cannot be drawn from one page of names): the pages are
 * read in the largest size, so one request unless the organisation has over 500 folders.
 */
export async function listAllDocFolders(orgId: string, signal?: AbortSignal): Promise<DocFolder[]> {
  const folders: DocFolder[] = [];
  let cursor: string | null = null;
  do {
    const page: DocFolderPage = unwrap(
      await api.GET('/api/v1/orgs/{orgId}/docs/folders', { params: { path: { orgId }, query: { limit: PAGE, ...(cursor ? { cursor } : {}) } }, signal }),
    );
    folders.push(...page.items);
    cursor = page.nextCursor ?? null;
  } while (cursor);
  return folders;
}

export function useDocFolders(orgId: string) {
  return useQuery({ queryKey: docsKeys.folders(orgId), queryFn: ({ signal }) => listAllDocFolders(orgId, signal) });
}

export type SaveDocFolderInput =
  | { orgId: string; body: CreateDocFolderBody }
  | (EtagWrite & { folderId: string; body: UpdateDocFolderBody });

/** Creates a folder, or renames one (with its etag): 409 when its parent already holds that name. */
export async function saveDocFolder(input: SaveDocFolderInput): Promise<DocFolder> {
  if (!('folderId' in input)) return unwrap(await api.POST('/api/v1/orgs/{orgId}/docs/folders', { params: { path: { orgId: input.orgId } }, body: input.body }));
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/docs/folders/{docFolderId}', {
      params: { path: { orgId: input.orgId, docFolderId: input.folderId }, header: ifMatch(input.etag) },
      body: input.body,
    }),
  );
}

export function useSaveDocFolder() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveDocFolder, onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: docsKeys.folders(orgId) }) });
}

export interface DeleteDocFolderInput extends EtagWrite {
  folderId: string;
}

/** Only an empty folder goes: 409 while it holds articles or folders. */
export async function deleteDocFolder({ orgId, folderId, etag }: DeleteDocFolderInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/docs/folders/{docFolderId}', { params: { path: { orgId, docFolderId: folderId }, header: ifMatch(etag) } }));
}

export function useDeleteDocFolder() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteDocFolder, onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: docsKeys.folders(orgId) }) });
}
