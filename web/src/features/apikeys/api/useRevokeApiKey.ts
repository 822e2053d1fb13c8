import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import type { ApiKeyOwner } from '../types';
import { apiKeyKeys } from './apiKeyKeys';

export interface RevokeApiKeyInput {
  owner: ApiKeyOwner;
  keyId: string;
  /** Of the key as listed: a key rotated or revoked meanwhile is refused with 412. */
  etag: string;
}

/** No new tokens, and every token the key holds fails on its next request. */
export async function revokeApiKey({ owner, keyId, etag }: RevokeApiKeyInput): Promise<void> {
  const header = ifMatch(etag);
  if (owner.kind === 'org') {
    unwrap(await api.DELETE('/api/v1/orgs/{orgId}/api-keys/{keyId}', { params: { path: { orgId: owner.orgId, keyId }, header } }));
  } else {
    unwrap(await api.DELETE('/api/v1/api-keys/{keyId}', { params: { path: { keyId }, header } }));
  }
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: (_, { owner }) => queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists(owner) }),
  });
}
