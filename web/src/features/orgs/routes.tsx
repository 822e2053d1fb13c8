import type { RouteObject } from 'react-router';
import { OrgCreatePage } from './components/OrgCreatePage';
import { OrgEditPage } from './components/OrgEditPage';
import { OrgsListPage } from './components/OrgsListPage';

export const orgRoutes: RouteObject[] = [
  { path: 'orgs', element: <OrgsListPage /> },
  { path: 'orgs/new', element: <OrgCreatePage /> },
  // The landing page of a client (the Overview tab): the settings until the overview page replaces this element.
  { path: 'orgs/:orgId', element: <OrgEditPage /> },
  { path: 'orgs/:orgId/settings', element: <OrgEditPage /> },
];
