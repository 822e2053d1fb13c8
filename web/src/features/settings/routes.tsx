import type { RouteObject } from 'react-router';

// Loaded on first visit: only global administrators ever open these pages.
const securitySettingsPage = async () => ({ Component: (await import('./components/SecuritySettingsPage')).SecuritySettingsPage });

export const settingsRoutes: RouteObject[] = [{ path: 'settings/security', lazy: securitySettingsPage }];

export const navItems = [{ to: '/settings/security', label: 'Settings', adminOnly: true }];
