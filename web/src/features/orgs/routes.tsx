import type { RouteObject } from 'react-router';
import { OrgCreatePage } from './components/OrgCreatePage';
import { OrgEditPage } from './components/OrgEditPage';
import { OrgsListPage } from './components/OrgsListPage';

export const orgRoutes: RouteObject[] = [
  { path: 'orgs', element: <OrgsListPage /> },
  { path: 'orgs/new', element: <OrgCreatePage /> },
  // The landing page of a client (`orgs/:orgId`, the Overview tab) is the overview feature's.
  { path: 'orgs/:orgId/settings', element: <OrgEditPage /> },
];
