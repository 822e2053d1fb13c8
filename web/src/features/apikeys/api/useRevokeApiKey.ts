import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiKeyOwner } from '../types';
import { apiKeyKeys } from './apiKeyKeys';

export interface RevokeApiKeyInput {
  owner: ApiKeyOwner;
  keyId: string;
}

/** No new tokens, and every token the key holds fails on its next request. */
// No If-Match: the API bumps a key's version when the key is used (last use, once a minute), so the etag of a key in use
// is stale within a minute; revoking overwrites nothing anyway.
export async function revokeApiKey({ owner, keyId }: RevokeApiKeyInput): Promise<void> {
  if (owner.kind === 'org') {
    unwrap(await api.DELETE('/api/v1/orgs/{orgId}/api-keys/{keyId}', { params: { path: { orgId: owner.orgId, keyId } } }));
  } else {
    unwrap(await api.DELETE('/api/v1/api-keys/{keyId}', { params: { path: { keyId } } }));
  }
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: (_, { owner }) => queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists(owner) }),
  });
}
