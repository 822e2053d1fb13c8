import type { RouteObject } from 'react-router';

/** A client's people: a top-level tab of each organisation. */
export const contactRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/contacts', lazy: async () => ({ Component: (await import('./components/ContactsPage')).ContactsPage }) },
];
