import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { CreateOrgApiKeyBody, CreatePlatformApiKeyBody, IssuedApiKey } from '../types';
import { apiKeyKeys } from './apiKeyKeys';

export type CreateApiKeyInput =
  | { owner: { kind: 'org'; orgId: string }; body: CreateOrgApiKeyBody }
  | { owner: { kind: 'platform' }; body: CreatePlatformApiKeyBody };

/** Fresh re-authentication (the API client asks for it). The answer carries the only copy of the client secret. */
export async function createApiKey(input: CreateApiKeyInput): Promise<IssuedApiKey> {
  return input.owner.kind === 'org'
    ? unwrap(await api.POST('/api/v1/orgs/{orgId}/api-keys', { params: { path: { orgId: input.owner.orgId } }, body: input.body }))
    : unwrap(await api.POST('/api/v1/api-keys', { body: input.body }));
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    // The answer holds the secret: drop it from the mutation cache as soon as no component shows it.
    gcTime: 0,
    // Only the list is refreshed: the secret never goes into the query cache.
    onSuccess: (_, { owner }) => queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists(owner) }),
  });
}
