import type { CredentialListParams } from '../types';

export const vaultKeys = {
  all: (orgId: string) => ['vault', orgId] as const,
  lists: (orgId: string) => [...vaultKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: CredentialListParams) => [...vaultKeys.lists(orgId), params] as const,
  detail: (orgId: string, credentialId: string) => [...vaultKeys.all(orgId), 'detail', credentialId] as const,
  folders: (orgId: string) => [...vaultKeys.all(orgId), 'folders'] as const,
  totp: (orgId: string, credentialId: string) => [...vaultKeys.all(orgId), 'totp', credentialId] as const,
};
