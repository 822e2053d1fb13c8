import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Container from 'react-bootstrap/Container';
import { TotpSetup } from './TotpSetup';

export interface ForceMfaEnrolmentProps {
  /** Called once MFA is on and the recovery codes are saved (the shell then shows the app again). */
  onDone: () => void;
  onSignOut?: () => void;
  email?: string;
}

/**
 * Shown instead of the app while `me.mustEnrolMfa` is true: until then every other
 * API call answers 403 mfa-enrollment-required.
 */
export function ForceMfaEnrolment({ onDone, onSignOut, email }: ForceMfaEnrolmentProps) {
  return (
    <Container as="main" className="py-5" style={{ maxWidth: 560 }}>
      <Card aria-labelledby="force-mfa-title">
        <Card.Body className="p-4">
          <h1 id="force-mfa-title" className="h4 mb-2">
            Set up two-factor authentication to continue
          </h1>
          <p className="text-body-secondary">
            {email ? (
              <>
                Signed in as <strong>{email}</strong>.{' '}
              </>
            ) : null}
            Your administrator requires a code from an authenticator app at every sign-in. It takes a minute.
          </p>
          <TotpSetup onDone={onDone} />
          {onSignOut && (
            <div>
              <Button variant="link" className="px-0 mt-3" onClick={onSignOut}>
                Sign out
              </Button>
            </div>
          )}
        </Card.Body>
      </Card>
    </Container>
  );
}
