import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Container from 'react-bootstrap/Container';
import Spinner from 'react-bootstrap/Spinner';
import { useDocumentTitle } from '../../../lib/documentTitle';

export interface AuthCallbackProps {
  /** Exchanges the authorization code; resolves to the path to continue to. */
  complete: () => Promise<string>;
}

export function AuthCallback({ complete }: AuthCallbackProps) {
  useDocumentTitle('Signing in');
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  // The code is single-use: StrictMode's double effect must not redeem it twice.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    complete()
      .then((returnTo) => navigate(returnTo, { replace: true }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : 'Sign-in could not be completed.'));
  }, [complete, navigate]);

  return (
    <Container className="py-5" style={{ maxWidth: 520 }}>
      {error ? (
        <Alert variant="danger">
          <p className="mb-2">Sign-in could not be completed: {error}</p>
          <Link to="/login">Back to sign in</Link>
        </Alert>
      ) : (
        <div className="d-flex align-items-center gap-2">
          <Spinner animation="border" size="sm" role="status">
            <span className="visually-hidden">Signing in…</span>
          </Spinner>
          <span>Signing you in…</span>
        </div>
      )}
    </Container>
  );
}
