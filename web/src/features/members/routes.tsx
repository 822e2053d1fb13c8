import type { RouteObject } from 'react-router';

// Loaded on first visit, like the audit pages: most sessions never open them.
export const memberRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/members', lazy: async () => ({ Component: (await import('./components/MembersPage')).MembersPage }) },
];
