import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { CreateCredentialBody, Credential } from '../types';
import { refreshCredentialLists, vaultKeys } from './vaultKeys';

export interface CreateCredentialInput {
  orgId: string;
  body: CreateCredentialBody;
}

export async function createCredential({ orgId, body }: CreateCredentialInput): Promise<Credential> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/vault/credentials', { params: { path: { orgId } }, body }));
}

export function useCreateCredential() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCredential,
    onSuccess: (credential, { orgId }) => {
      queryClient.setQueryData(vaultKeys.detail(orgId, credential.id), credential);
      return refreshCredentialLists(queryClient, orgId);
    },
  });
}
