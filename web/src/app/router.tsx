import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { auditRoutes } from '../features/audit/routes';
import { AuthCallback } from '../features/auth/components/AuthCallback';
import { LoginPage } from '../features/auth/components/LoginPage';
import { orgRoutes } from '../features/orgs/routes';
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
    children: [{ index: true, element: <Navigate to="/orgs" replace /> }, ...orgRoutes, ...auditRoutes, { path: '*', element: <NotFound /> }],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
