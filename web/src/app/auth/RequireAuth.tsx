import { useEffect, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import Spinner from 'react-bootstrap/Spinner';
import { useAuth } from './AuthProvider';

function Waiting({ label }: { label: string }) {
  return (
    <div className="d-flex justify-content-center align-items-center gap-2 p-5">
      <Spinner animation="border" role="status">
        <span className="visually-hidden">{label}</span>
      </Spinner>
    </div>
  );
}

/**
 * The signed-in part of the app. A tab without tokens first signs in silently with the server session (a new tab or a
 * bookmark stays signed in); only if there is none does it show the login page, which returns here afterwards.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, ready, trySilentSignin } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const returnUrl = location.pathname + location.search;

  useEffect(() => {
    if (!ready || user) return;
    if (!trySilentSignin(returnUrl)) void navigate(`/login?returnUrl=${encodeURIComponent(returnUrl)}`, { replace: true });
  }, [ready, user, trySilentSignin, returnUrl, navigate]);

  if (!ready) return <Waiting label="Loading…" />;
  if (!user) return <Waiting label="Signing you in…" />;
  return <>{children}</>;
}
