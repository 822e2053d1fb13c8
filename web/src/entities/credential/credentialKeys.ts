/**
 * The part of the vault's query keys that more than the vault reads: every read of an organisation's vault sits under
 * `all(orgId)` (the vault feature's `vaultKeys` builds its lists, details and folders on it).
 */
export const credentialKeys = {
  all: (orgId: string) => ['vault', orgId] as const,
  totp: (orgId: string, credentialId: string) => [...credentialKeys.all(orgId), 'totp', credentialId] as const,
};
