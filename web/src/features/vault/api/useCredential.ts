import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Credential } from '../types';
import { vaultKeys } from './vaultKeys';

export async function getCredential(orgId: string, credentialId: string, signal?: AbortSignal): Promise<Credential> {
  return unwrap(
    await api.GET('/api/v1/orgs/{orgId}/vault/credentials/{credentialId}', { params: { path: { orgId, credentialId } }, signal }),
  );
}

export function useCredential(orgId: string, credentialId: string) {
  return useQuery({
    queryKey: vaultKeys.detail(orgId, credentialId),
    queryFn: ({ signal }) => getCredential(orgId, credentialId, signal),
  });
}
