import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { CredentialListParams, CredentialPage } from '../types';
import { vaultKeys } from './vaultKeys';

export async function listCredentials(orgId: string, params: CredentialListParams, signal?: AbortSignal): Promise<CredentialPage> {
  const query = {
    limit: params.limit,
    ...(params.sort !== 'name' ? { sort: params.sort } : {}),
    ...(params.q ? { q: params.q } : {}),
    ...(params.folderId ? { folderId: params.folderId } : {}),
    ...(params.tag ? { tag: params.tag } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/vault/credentials', { params: { path: { orgId }, query }, signal }));
}

/** A page of the vault's credentials: metadata and the names of stored secrets, never their values. */
export function useCredentials(orgId: string, params: CredentialListParams) {
  return useQuery({
    queryKey: vaultKeys.list(orgId, params),
    queryFn: ({ signal }) => listCredentials(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}
