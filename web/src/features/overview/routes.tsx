import type { RouteObject } from 'react-router';
import { HomePage } from './components/HomePage';
import { OrgOverviewPage } from './components/OrgOverviewPage';
import type { CredentialCopyComponent } from './credentialCopy';

/** `/` (the home dashboard) and `/orgs/:orgId` (a client's overview); the app passes in the vault's copy buttons. */
export function overviewRoutes({ CredentialCopy }: { CredentialCopy: CredentialCopyComponent }): RouteObject[] {
  return [
    { index: true, element: <HomePage /> },
    { path: 'orgs/:orgId', element: <OrgOverviewPage CredentialCopy={CredentialCopy} /> },
  ];
}
