import type { RouteObject } from 'react-router';

// Loaded on first visit, like the other organisation pages.
export const vaultRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/vault', lazy: async () => ({ Component: (await import('./components/VaultPage')).VaultPage }) },
  { path: 'orgs/:orgId/vault/new', lazy: async () => ({ Component: (await import('./components/CredentialCreatePage')).CredentialCreatePage }) },
  { path: 'orgs/:orgId/vault/:credentialId', lazy: async () => ({ Component: (await import('./components/CredentialPage')).CredentialPage }) },
  { path: 'orgs/:orgId/vault/:credentialId/edit', lazy: async () => ({ Component: (await import('./components/CredentialEditPage')).CredentialEditPage }) },
];

// The client's overview shows its pinned credentials with the vault's copy buttons (the app passes them in).
