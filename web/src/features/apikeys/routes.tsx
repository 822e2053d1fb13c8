import type { RouteObject } from 'react-router';

// Loaded on first visit: few people manage API keys.
const orgApiKeysPage = async () => ({ Component: (await import('./components/OrgApiKeysPage')).OrgApiKeysPage });
const platformApiKeysPage = async () => ({ Component: (await import('./components/PlatformApiKeysPage')).PlatformApiKeysPage });

export const apiKeyRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/api-keys', lazy: orgApiKeysPage },
  { path: 'settings/api-keys', lazy: platformApiKeysPage },
];
