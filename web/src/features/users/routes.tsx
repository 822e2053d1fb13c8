import type { RouteObject } from 'react-router';

// Loaded on first visit: only global administrators ever open these pages.
const usersListPage = async () => ({ Component: (await import('./components/UsersListPage')).UsersListPage });
const userDetailPage = async () => ({ Component: (await import('./components/UserDetailPage')).UserDetailPage });

export const userRoutes: RouteObject[] = [
  { path: 'users', lazy: usersListPage },
  { path: 'users/:userId', lazy: userDetailPage },
];

export const navItems = [{ to: '/users', label: 'Users', adminOnly: true }];
