import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Container from 'react-bootstrap/Container';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { useDocumentTitle } from '../../../lib/documentTitle';
import { TextField } from '../../../components/FormFields';
import { errorMessage, isApiError } from '../../../lib/problem';
import { login } from '../api/login';
import { mfaLogin } from '../api/mfaLogin';

export interface LoginPageProps {
  /** Continues to the OIDC authorization step once the session cookie is set. */
  onSignedIn: (returnUrl: string | null) => Promise<void>;
}

/** The API's words for a rejected code ("already used", "sign in again"), field messages first. */
function codeErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    const fieldMessages = Object.values(error.problem.errors ?? {}).flat();
    const first = fieldMessages.find((m): m is string => typeof m === 'string' && m.length > 0);
    if (first) return first;
  }
  return errorMessage(error);
}

function SubmitLabel({ busy, idle, working }: { busy: boolean; idle: string; working: string }) {
  return busy ? (
    <>
      <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />
      {working}
    </>
  ) : (
    <>{idle}</>
  );
}

export function LoginPage({ onSignedIn }: LoginPageProps) {
  useDocumentTitle('Sign in');
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function continueSignin() {
    // Stays disabled: the browser is about to leave for the authorization endpoint.
    await onSignedIn(searchParams.get('returnUrl'));
  }

  async function handlePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const result = await login({ email: email.trim(), password });
      if (result.status === 'mfa_required') {
        setPassword('');
        setCode('');
        setStep('code');
        setSubmitting(false);
        return;
      }
      // mfa_enrollment_required is signed in too: the app shell then shows only the enrolment screen.
      if (result.status !== 'ok' && result.status !== 'mfa_enrollment_required') {
        setError('This sign-in step is not supported by this version of the app.');
        setSubmitting(false);
        return;
      }
      await continueSignin();
    } catch (e) {
      setError(isApiError(e) && e.status === 401 ? 'Email or password is incorrect.' : errorMessage(e));
      setSubmitting(false);
    }
  }

  async function handleCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const result = await mfaLogin(code.trim());
      if (result.status !== 'ok') {
        setError('This sign-in step is not supported by this version of the app.');
        setSubmitting(false);
        return;
      }
      await continueSignin();
    } catch (e) {
      setError(codeErrorMessage(e));
      setCode('');
      setSubmitting(false);
    }
  }

  function backToPassword() {
    setStep('password');
    setCode('');
    setError(null);
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
          {step === 'password' ? (
            <Form onSubmit={(e) => void handlePassword(e)} aria-label="Sign in">
              <fieldset disabled={submitting}>
                <TextField
                  id="login-email"
                  className="mb-3"
                  label="Email"
                  type="email"
                  name="email"
                  autoComplete="username"
                  autoFocus
                  required
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
                <TextField
                  id="login-password"
                  className="mb-4"
                  label="Password"
                  type="password"
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
                <Button type="submit" variant="primary" className="w-100">
                  <SubmitLabel busy={submitting} idle="Sign in" working="Signing in…" />
                </Button>
              </fieldset>
            </Form>
          ) : (
            <Form onSubmit={(e) => void handleCode(e)} aria-label="Two-factor authentication">
              <p className="text-body-secondary">
                Signing in as <strong>{email.trim()}</strong>.
              </p>
              <fieldset disabled={submitting}>
                <TextField
                  id="login-code"
                  className="mb-4"
                  label="Authentication code"
                  name="code"
                  autoComplete="one-time-code"
                  autoCapitalize="characters"
                  spellCheck={false}
                  autoFocus
                  required
                  maxLength={64}
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                  help="The 6-digit code from your authenticator app. No phone at hand? A recovery code (like ABCD-EFGH-JKLM-NPQR) works too."
                />
                <Button type="submit" variant="primary" className="w-100">
                  <SubmitLabel busy={submitting} idle="Verify" working="Verifying…" />
                </Button>
                <Button variant="link" className="w-100 mt-2" onClick={backToPassword}>
                  Back to email and password
                </Button>
              </fieldset>
            </Form>
          )}
        </Card.Body>
      </Card>
    </Container>
  );
}
