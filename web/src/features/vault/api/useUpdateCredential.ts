import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import type { Credential, UpdateCredentialBody } from '../types';
import { refreshCredentialLists, vaultKeys } from './vaultKeys';

export interface UpdateCredentialInput extends EtagWrite {
  credentialId: string;
  changes: UpdateCredentialBody;
}

export async function updateCredential({ orgId, credentialId, etag, changes }: UpdateCredentialInput): Promise<Credential> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/vault/credentials/{credentialId}', {
      params: { path: { orgId, credentialId }, header: ifMatch(etag) },
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
      return refreshCredentialLists(queryClient, orgId);
    },
  });
}
