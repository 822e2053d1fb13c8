import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Credential, UpdateCredentialBody } from '../types';
import { vaultKeys } from './vaultKeys';

export interface UpdateCredentialInput {
  orgId: string;
  credentialId: string;
  /** The etag the edits are based on; a 412 means someone else changed the credential since. */
  etag: string;
  changes: UpdateCredentialBody;
}

export async function updateCredential({ orgId, credentialId, etag, changes }: UpdateCredentialInput): Promise<Credential> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/vault/credentials/{credentialId}', {
      params: { path: { orgId, credentialId }, header: { 'If-Match': etag } },
      body: changes,
    }),
  );
}

export function useUpdateCredential() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCredential,
    onSuccess: (credential, { orgId }) => {
      queryClient.setQueryData(vaultKeys.detail(orgId, credential.id), credential);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: vaultKeys.lists(orgId) }),
        queryClient.invalidateQueries({ queryKey: vaultKeys.folders(orgId) }),
      ]);
    },
  });
}
