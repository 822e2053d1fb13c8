import type { RouteObject } from 'react-router';

// Loaded on first visit, like the other organisation pages.
export const ipamRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/ipam', lazy: async () => ({ Component: (await import('./components/IpamPage')).IpamPage }) },
  { path: 'orgs/:orgId/ipam/subnets/:subnetId', lazy: async () => ({ Component: (await import('./components/SubnetPage')).SubnetPage }) },
];
