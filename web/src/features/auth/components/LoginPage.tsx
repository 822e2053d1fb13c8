import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Container from 'react-bootstrap/Container';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError } from '../../../lib/problem';
import { login } from '../api/login';

export interface LoginPageProps {
  /** Continues to the OIDC authorization step once the session cookie is set. */
  onSignedIn(returnUrl: string | null): Promise<void>;
}

export function LoginPage({ onSignedIn }: LoginPageProps) {
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const result = await login({ email: email.trim(), password });
      if (result.status !== 'ok') {
        setError('Multi-factor sign-in is not available in this version of the app.');
        setSubmitting(false);
        return;
      }
      // Stays disabled: the browser is about to leave for the authorization endpoint.
      await onSignedIn(searchParams.get('returnUrl'));
    } catch (e) {
      setError(isApiError(e) && e.status === 401 ? 'Email or password is incorrect.' : errorMessage(e));
      setSubmitting(false);
    }
  }

  return (
    <Container className="py-5" style={{ maxWidth: 420 }}>
      <Card>
        <Card.Body>
          <h1 className="h3 mb-4">Sign in to ClientStor</h1>
          {error && (
            <Alert variant="danger" role="alert">
              {error}
            </Alert>
          )}
          <Form onSubmit={handleSubmit} aria-label="Sign in">
            <fieldset disabled={submitting}>
              <Form.Group className="mb-3" controlId="login-email">
                <Form.Label>Email</Form.Label>
                <Form.Control
                  type="email"
                  name="email"
                  autoComplete="username"
                  autoFocus
                  required
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              </Form.Group>
              <Form.Group className="mb-4" controlId="login-password">
                <Form.Label>Password</Form.Label>
                <Form.Control
                  type="password"
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              </Form.Group>
              <Button type="submit" variant="primary" className="w-100">
                {submitting ? (
                  <>
                    <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />
                    Signing in…
                  </>
                ) : (
                  'Sign in'
                )}
              </Button>
            </fieldset>
          </Form>
        </Card.Body>
      </Card>
    </Container>
  );
}
