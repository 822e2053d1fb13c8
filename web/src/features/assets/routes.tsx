import type { RouteObject } from 'react-router';

// Loaded on first visit, like the other organisation pages. Static segments (new, directory) outrank :assetId.
export const assetRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/assets', lazy: async () => ({ Component: (await import('./components/AssetsPage')).AssetsPage }) },
  { path: 'orgs/:orgId/assets/new', lazy: async () => ({ Component: (await import('./components/AssetCreatePage')).AssetCreatePage }) },
  { path: 'orgs/:orgId/assets/directory', lazy: async () => ({ Component: (await import('./components/DirectoryPage')).DirectoryPage }) },
  { path: 'orgs/:orgId/assets/:assetId', lazy: async () => ({ Component: (await import('./components/AssetPage')).AssetPage }) },
  { path: 'orgs/:orgId/assets/:assetId/edit', lazy: async () => ({ Component: (await import('./components/AssetEditPage')).AssetEditPage }) },
];
