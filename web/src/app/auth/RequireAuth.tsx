import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
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
  const returnUrl = location.pathname + location.search;
  const [silent, setSilent] = useState<'idle' | 'redirecting' | 'unavailable'>('idle');

  useEffect(() => {
    if (!ready || user || silent !== 'idle') return;
    setSilent(trySilentSignin(returnUrl) ? 'redirecting' : 'unavailable');
  }, [ready, user, silent, trySilentSignin, returnUrl]);

  if (!ready) return <Waiting label="Loading…" />;
  if (!user) {
    if (silent === 'unavailable') return <Navigate to={`/login?returnUrl=${encodeURIComponent(returnUrl)}`} replace />;
    return <Waiting label="Signing you in…" />;
  }
  return <>{children}</>;
}
