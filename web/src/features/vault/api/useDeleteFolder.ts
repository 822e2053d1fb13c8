import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { vaultKeys } from './vaultKeys';

export interface DeleteFolderInput extends EtagWrite {
  folderId: string;
}

/** Only empty folders can go: the API answers 409 while credentials or folders are inside. */
export async function deleteFolder({ orgId, folderId, etag }: DeleteFolderInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/vault/folders/{folderId}', { params: { path: { orgId, folderId }, header: ifMatch(etag) } }));
}

export function useDeleteFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteFolder,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: vaultKeys.folders(orgId) }),
  });
}
