import type { RouteObject } from 'react-router';

// Loaded on first visit: only global administrators open it, and the chart library is big.
const securityEventsPage = async () => ({ Component: (await import('./components/SecurityEventsPage')).SecurityEventsPage });

export const securityRoutes: RouteObject[] = [{ path: 'security', lazy: securityEventsPage }];

export const navItems = [{ to: '/security', label: 'Security', adminOnly: true }];
