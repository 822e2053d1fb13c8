import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Container from 'react-bootstrap/Container';
import { ChangePasswordForm } from './ChangePasswordForm';

export interface ForcePasswordChangeProps {
  /** Called once the new password is accepted (the shell then shows the app again). */
  onDone: () => void;
  /** Offered as a way out for someone who does not know the reset password. */
  onSignOut?: () => void;
  email?: string;
}

/**
 * Shown instead of the app while `me.mustChangePassword` is true: until then every other
 * API call answers 403 password-change-required.
 */
export function ForcePasswordChange({ onDone, onSignOut, email }: ForcePasswordChangeProps) {
  return (
    <Container as="main" className="py-5" style={{ maxWidth: 480 }}>
      <Card aria-labelledby="force-password-title">
        <Card.Body className="p-4">
          <h1 id="force-password-title" className="h4 mb-2">
            Your administrator reset your password — choose a new one
          </h1>
          <p className="text-body-secondary">
            {email ? (
              <>
                Signed in as <strong>{email}</strong>.{' '}
              </>
            ) : null}
            Enter the password you were given, then a new one only you know.
          </p>
          <ChangePasswordForm showSuccess={false} submitLabel="Set new password" onChanged={onDone} />
          {onSignOut && (
            <Button variant="link" className="px-0 mt-3" onClick={onSignOut}>
              Sign out
            </Button>
          )}
        </Card.Body>
      </Card>
    </Container>
  );
}
