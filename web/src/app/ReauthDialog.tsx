import { useEffect, useRef, useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { api, configureReauth } from '../api/client';
import { isProblemDetails } from '../lib/problem';

export interface ReauthDialogProps {
  /** The user has MFA on: ask for an authentication code with the password. */
  askForCode?: boolean;
}

/** "Confirm it is you to copy this password" when the call named its reason, else the general title. */
export function reauthTitle(reason?: string | null): string {
  return reason ? `Confirm it is you to ${reason}` : 'Confirm it is you';
}

/**
 * Step-up re-authentication: when a sensitive call answers 403 reauth-required, this asks for the password
 * (and authentication code when MFA is on), confirms them with POST /api/v1/auth/reauth and lets the API layer
 * retry the call. Concurrent calls share one prompt, worded for the first of them.
 */
export function ReauthDialog({ askForCode = false }: ReauthDialogProps) {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // The API asked for a code although /me did not say MFA was on (e.g. just enrolled): show the field from now on.
  const [codeAsked, setCodeAsked] = useState(false);
  const showCode = askForCode || codeAsked;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const waiting = useRef<{ promise: Promise<boolean>; resolve: (ok: boolean) => void } | null>(null);

  useEffect(() => {
    configureReauth((why) => {
      if (!waiting.current) {
        let resolve!: (ok: boolean) => void;
        const promise = new Promise<boolean>((r) => (resolve = r));
        waiting.current = { promise, resolve };
        setPassword('');
        setCode('');
        setError(null);
        setReason(why ?? null);
        setOpen(true);
      }
      return waiting.current.promise;
    });
    return () => configureReauth(null);
  }, []);

  function finish(ok: boolean) {
    waiting.current?.resolve(ok);
    waiting.current = null;
    setOpen(false);
    setPassword('');
    setCode('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const trimmedCode = code.trim();
      const body = trimmedCode ? { password, code: trimmedCode } : { password };
      const { response, error: problem } = await api.POST('/api/v1/auth/reauth', { body });
      if (response.ok) {
        finish(true);
        return;
      }
      if (isProblemDetails(problem) && problem.errors && Object.keys(problem.errors).some((k) => k.toLowerCase() === 'code')) {
        setCodeAsked(true);
        setCode('');
      }
      const message = isProblemDetails(problem)
        ? (problem.errors && Object.values(problem.errors).flat()[0]) || problem.detail || problem.title
        : null;
      setError(typeof message === 'string' ? message : 'Could not confirm your password.');
    } catch {
      setError('Could not reach the server. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal show={open} onHide={() => finish(false)} aria-labelledby="reauth-title" centered>
      <Form onSubmit={(e) => void submit(e)}>
        <Modal.Header closeButton>
          <Modal.Title id="reauth-title">{reauthTitle(reason)}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <p>
            {reason ? 'Secrets are only shown or copied after a recent confirmation.' : 'This is a sensitive change.'} Enter your password
            {showCode ? ' and a code from your authenticator app' : ''} to continue.
          </p>
          {error && (
            <Alert variant="danger" role="alert">
              {error}
            </Alert>
          )}
          <Form.Group controlId="reauth-password">
            <Form.Label>Password</Form.Label>
            <Form.Control
              type="password"
              autoComplete="current-password"
              autoFocus
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </Form.Group>
          {showCode && (
            <Form.Group controlId="reauth-code" className="mt-3">
              <Form.Label>Authentication code</Form.Label>
              <Form.Control
                autoComplete="one-time-code"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={64}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                aria-describedby="reauth-code-help"
              />
              <Form.Text id="reauth-code-help" muted>
                The 6-digit code from your authenticator app, or a recovery code.
              </Form.Text>
            </Form.Group>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={() => finish(false)} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" disabled={busy || password.length === 0}>
            {busy ? 'Confirming…' : 'Confirm'}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
