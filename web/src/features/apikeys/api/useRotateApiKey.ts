import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiKeyOwner, IssuedApiKey } from '../types';
import { apiKeyKeys } from './apiKeyKeys';

export interface RotateApiKeyInput {
  owner: ApiKeyOwner;
  keyId: string;
}

/** A new client secret (fresh re-authentication); the old one and the key's tokens stop working at once. */
export async function rotateApiKey({ owner, keyId }: RotateApiKeyInput): Promise<IssuedApiKey> {
  return owner.kind === 'org'
    ? unwrap(await api.POST('/api/v1/orgs/{orgId}/api-keys/{keyId}/rotate', { params: { path: { orgId: owner.orgId, keyId } } }))
    : unwrap(await api.POST('/api/v1/api-keys/{keyId}/rotate', { params: { path: { keyId } } }));
}

export function useRotateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateApiKey,
    // The answer holds the secret: drop it from the mutation cache as soon as no component shows it.
    gcTime: 0,
    onSuccess: (_, { owner }) => queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists(owner) }),
  });
}
