import type { RouteObject } from 'react-router';
import { OrgCreatePage } from './components/OrgCreatePage';
import { OrgEditPage } from './components/OrgEditPage';
import { OrgsListPage } from './components/OrgsListPage';

export const orgRoutes: RouteObject[] = [
  { path: 'orgs', element: <OrgsListPage /> },
  { path: 'orgs/new', element: <OrgCreatePage /> },
  { path: 'orgs/:orgId', element: <OrgEditPage /> },
];
