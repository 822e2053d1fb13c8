import type { RouteObject } from 'react-router';

// Loaded on first visit, like the other organisation pages.
export const discoveryRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/discovery', lazy: async () => ({ Component: (await import('./components/DiscoveryPage')).DiscoveryPage }) },
];
