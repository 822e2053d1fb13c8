import type { RouteObject } from 'react-router';
import { HomePage } from './components/HomePage';
import { OrgOverviewPage } from './components/OrgOverviewPage';

/** `/` (the home dashboard) and `/orgs/:orgId` (a client's overview). */
export function overviewRoutes(): RouteObject[] {
  return [
    { index: true, element: <HomePage /> },
    { path: 'orgs/:orgId', element: <OrgOverviewPage /> },
  ];
}
