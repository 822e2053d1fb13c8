import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { vaultKeys } from './vaultKeys';

export interface DeleteFolderInput {
  orgId: string;
  folderId: string;
}

/** Only empty folders can go: the API answers 409 while credentials or folders are inside. */
export async function deleteFolder({ orgId, folderId }: DeleteFolderInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/vault/folders/{folderId}', { params: { path: { orgId, folderId } } }));
}

export function useDeleteFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteFolder,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: vaultKeys.folders(orgId) }),
  });
}
