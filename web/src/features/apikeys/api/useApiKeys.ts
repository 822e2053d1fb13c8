import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ApiKeyListParams, ApiKeyOwner, ApiKeyPage } from '../types';
import { apiKeyKeys } from './apiKeyKeys';

export async function listApiKeys(owner: ApiKeyOwner, params: ApiKeyListParams, signal?: AbortSignal): Promise<ApiKeyPage> {
  const query = {
    limit: params.limit,
    sort: params.sort,
    ...(params.includeRevoked ? { includeRevoked: true } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return owner.kind === 'org'
    ? unwrap(await api.GET('/api/v1/orgs/{orgId}/api-keys', { params: { path: { orgId: owner.orgId }, query }, signal }))
    : unwrap(await api.GET('/api/v1/api-keys', { params: { query }, signal }));
}

/** One page of keys (never their secrets). */
export function useApiKeys(owner: ApiKeyOwner, params: ApiKeyListParams) {
  return useQuery({
    queryKey: apiKeyKeys.list(owner, params),
    queryFn: ({ signal }) => listApiKeys(owner, params, signal),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
