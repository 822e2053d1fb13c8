import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { refreshCredentialLists, vaultKeys } from './vaultKeys';

export interface DeleteCredentialInput extends EtagWrite {
  credentialId: string;
}

export async function deleteCredential({ orgId, credentialId, etag }: DeleteCredentialInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/vault/credentials/{credentialId}', { params: { path: { orgId, credentialId }, header: ifMatch(etag) } }));
}

export function useDeleteCredential() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCredential,
    onSuccess: (_, { orgId, credentialId }) => {
      queryClient.removeQueries({ queryKey: vaultKeys.detail(orgId, credentialId) });
      return refreshCredentialLists(queryClient, orgId);
    },
  });
}
