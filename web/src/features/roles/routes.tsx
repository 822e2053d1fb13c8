import type { RouteObject } from 'react-router';

// Loaded on first visit, like the audit pages: most sessions never open them.
export const roleRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/roles', lazy: async () => ({ Component: (await import('./components/RolesPage')).RolesPage }) },
  { path: 'orgs/:orgId/roles/new', lazy: async () => ({ Component: (await import('./components/RoleCreatePage')).RoleCreatePage }) },
  { path: 'orgs/:orgId/roles/:roleId', lazy: async () => ({ Component: (await import('./components/RoleEditPage')).RoleEditPage }) },
];
