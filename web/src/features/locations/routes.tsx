import type { RouteObject } from 'react-router';

/** A client's sites and network closets: a top-level tab of each organisation. */
export const locationRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/locations', lazy: async () => ({ Component: (await import('./components/LocationsPage')).LocationsPage }) },
];
