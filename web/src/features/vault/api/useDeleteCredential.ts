import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { vaultKeys } from './vaultKeys';

export interface DeleteCredentialInput {
  orgId: string;
  credentialId: string;
  etag: string;
}

export async function deleteCredential({ orgId, credentialId, etag }: DeleteCredentialInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/orgs/{orgId}/vault/credentials/{credentialId}', {
      params: { path: { orgId, credentialId }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteCredential() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCredential,
    onSuccess: (_, { orgId, credentialId }) => {
      queryClient.removeQueries({ queryKey: vaultKeys.detail(orgId, credentialId) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: vaultKeys.lists(orgId) }),
        queryClient.invalidateQueries({ queryKey: vaultKeys.folders(orgId) }),
      ]);
    },
  });
}
