import { createBrowserRouter, type RouteObject } from 'react-router';
import { accountRoutes } from '../features/account/routes';
import { apiKeyRoutes } from '../features/apikeys/routes';
import { assetRoutes } from '../features/assets/routes';
import { auditRoutes } from '../features/audit/routes';
import { contactRoutes } from '../features/contacts/routes';
import { AuthCallback } from '../features/auth/components/AuthCallback';
import { LoginPage } from '../features/auth/components/LoginPage';
import { discoveryRoutes } from '../features/discovery/routes';
import { docsRoutes } from '../features/docs/routes';
import { ipamRoutes } from '../features/ipam/routes';
import { locationRoutes } from '../features/locations/routes';
import { memberRoutes } from '../features/members/routes';
import { orgRoutes } from '../features/orgs/routes';
import { overviewRoutes } from '../features/overview/routes';
import { rackRoutes } from '../features/racks/routes';
import { roleRoutes } from '../features/roles/routes';
import { searchRoutes } from '../features/search/routes';
import { securityRoutes } from '../features/security/routes';
import { settingsRoutes } from '../features/settings/routes';
import { teamRoutes } from '../features/teams/routes';
import { userRoutes } from '../features/users/routes';
import { vaultRoutes } from '../features/vault/routes';
import { AppShell } from './AppShell';
import { useAuth } from './auth/AuthProvider';
import { RequireAuth } from './auth/RequireAuth';
import { NotFound } from './NotFound';

function LoginRoute() {
  const { startSignin } = useAuth();
  return <LoginPage onSignedIn={startSignin} />;
}

function CallbackRoute() {
  const { completeSignin } = useAuth();
  return <AuthCallback complete={completeSignin} />;
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  { path: '/auth/callback', element: <CallbackRoute /> },
  {
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [...overviewRoutes(), ...orgRoutes, ...memberRoutes, ...roleRoutes, ...apiKeyRoutes, ...auditRoutes, ...securityRoutes, ...userRoutes, ...teamRoutes, ...settingsRoutes, ...accountRoutes, ...vaultRoutes, ...ipamRoutes, ...assetRoutes, ...contactRoutes, ...locationRoutes, ...rackRoutes, ...discoveryRoutes, ...searchRoutes, ...docsRoutes, { path: '*', element: <NotFound /> }],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
