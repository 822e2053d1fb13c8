import type { QueryClient } from '@tanstack/react-query';
import type { CredentialListParams } from '../types';

export const vaultKeys = {
  all: (orgId: string) => ['vault', orgId] as const,
  lists: (orgId: string) => [...vaultKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: CredentialListParams) => [...vaultKeys.lists(orgId), params] as const,
  detail: (orgId: string, credentialId: string) => [...vaultKeys.all(orgId), 'detail', credentialId] as const,
  folders: (orgId: string) => [...vaultKeys.all(orgId), 'folders'] as const,
  totp: (orgId: string, credentialId: string) => [...vaultKeys.all(orgId), 'totp', credentialId] as const,
};

/** After a credential is written: the lists it shows in, and the folder counts. */
export function refreshCredentialLists(queryClient: QueryClient, orgId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: vaultKeys.lists(orgId) }),
    queryClient.invalidateQueries({ queryKey: vaultKeys.folders(orgId) }),
  ]);
}
