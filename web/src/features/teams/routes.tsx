import type { RouteObject } from 'react-router';

// Loaded on first visit: only global administrators ever open these pages.
const teamsListPage = async () => ({ Component: (await import('./components/TeamsListPage')).TeamsListPage });
const teamPage = async () => ({ Component: (await import('./components/TeamPage')).TeamPage });
const platformRoles = async () => import('./components/PlatformRolePages');

export const teamRoutes: RouteObject[] = [
  { path: 'teams', lazy: teamsListPage },
  { path: 'teams/:teamId', lazy: teamPage },
  { path: 'platform-roles', lazy: async () => ({ Component: (await platformRoles()).PlatformRolesPage }) },
  { path: 'platform-roles/new', lazy: async () => ({ Component: (await platformRoles()).PlatformRoleCreatePage }) },
  { path: 'platform-roles/:platformRoleId', lazy: async () => ({ Component: (await platformRoles()).PlatformRoleEditPage }) },
];

export const navItems = [{ to: '/teams', label: 'Teams', adminOnly: true }];
