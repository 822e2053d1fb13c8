import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { CreateFolderBody, Folder } from '../types';
import { vaultKeys } from './vaultKeys';

export interface CreateFolderInput {
  orgId: string;
  body: CreateFolderBody;
}

export async function createFolder({ orgId, body }: CreateFolderInput): Promise<Folder> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/vault/folders', { params: { path: { orgId } }, body }));
}

export function useCreateFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFolder,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: vaultKeys.folders(orgId) }),
  });
}
