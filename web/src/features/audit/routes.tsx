import type { RouteObject } from 'react-router';

// Loaded on first visit: the chart library is the biggest part of the bundle and only this page needs it.
const auditPage = async () => ({ Component: (await import('./components/AuditPage')).AuditPage });

export const auditRoutes: RouteObject[] = [
  { path: 'audit', lazy: auditPage },
  { path: 'orgs/:orgId/audit', lazy: auditPage },
];
