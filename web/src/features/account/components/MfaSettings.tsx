import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useDisableTotp } from '../api/useDisableTotp';
import { useMyMfa } from '../api/useMyMfa';
import { useRegenerateRecoveryCodes } from '../api/useRegenerateRecoveryCodes';
import { ConfirmModal } from './ConfirmModal';
import { RecoveryCodeList } from './RecoveryCodeList';
import { TotpSetup } from './TotpSetup';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The signed-in user's two-factor authentication: status, set-up, new recovery codes and turning it off. */
export function MfaSettings() {
  const mfa = useMyMfa();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableTotp();
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const [confirmingOff, setConfirmingOff] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);

  if (mfa.isPending) {
    return (
      <Spinner animation="border" role="status">
        <span className="visually-hidden">Loading two-factor authentication…</span>
      </Spinner>
    );
  }
  if (mfa.isError) {
    return (
      <Alert variant="danger" role="alert">
        <p className="mb-2">Could not load your two-factor authentication: {errorMessage(mfa.error)}</p>
        <Button variant="outline-danger" size="sm" onClick={() => mfa.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  }

  const status = mfa.data;
  if (newCodes) {
    return (
      <RecoveryCodeList
        codes={newCodes}
        onSaved={() => {
          setNewCodes(null);
          setFlash('New recovery codes saved. The old ones no longer work.');
        }}
      />
    );
  }

  const closeOff = () => {
    setConfirmingOff(false);
    disable.reset();
  };

  return (
    <>
      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
      <p className="d-flex flex-wrap align-items-center gap-2 mb-2" data-testid="mfa-status">
        <span>Authenticator app:</span>
        {status.totpEnabled ? <Badge bg="success">On</Badge> : <Badge bg="secondary">Off</Badge>}
        {status.required && (
          <Badge bg="light" text="dark" className="border">
            Required
          </Badge>
        )}
      </p>

      {status.totpEnabled ? (
        <>
          <p className="text-body-secondary small">
            {status.enabledAt ? `On since ${dateFormat.format(new Date(status.enabledAt))}. ` : ''}
            {Number(status.recoveryCodesLeft) === 1 ? '1 recovery code left.' : `${status.recoveryCodesLeft} recovery codes left.`}
            {status.required && ' Two-factor authentication is required for your account, so it cannot be turned off.'}
          </p>
          {regenerate.isError && (
            <Alert variant="danger" role="alert" dismissible onClose={() => regenerate.reset()}>
              {errorMessage(regenerate.error)}
            </Alert>
          )}
          <div className="d-flex flex-wrap gap-2">
            <Button
              variant="outline-primary"
              disabled={regenerate.isPending}
              onClick={() => {
                setFlash(null);
                regenerate.mutate(undefined, { onSuccess: (data) => setNewCodes(data.recoveryCodes) });
              }}
            >
              {regenerate.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
              New recovery codes
            </Button>
            {!status.required && (
              <Button
                variant="outline-danger"
                onClick={() => {
                  setFlash(null);
                  setConfirmingOff(true);
                }}
              >
                Turn off
              </Button>
            )}
          </div>
        </>
      ) : (
        <>
          <p className="text-body-secondary small">
            {status.required
              ? 'Your administrator requires a second step at sign-in. Set up an authenticator app to keep using ClientStor.'
              : 'Add a second step at sign-in: a code from an authenticator app on your phone.'}
            {status.enrolmentPending && ' A set-up was started but not finished; start again to get a new QR code.'}
          </p>
          <TotpSetup onDone={() => setFlash('Two-factor authentication is on.')} />
        </>
      )}

      <ConfirmModal
        show={confirmingOff}
        title="Turn off two-factor authentication"
        confirmLabel="Turn off"
        pending={disable.isPending}
        error={disable.error}
        onClose={closeOff}
        onConfirm={() =>
          disable.mutate(undefined, {
            onSuccess: () => {
              closeOff();
              setFlash('Two-factor authentication is off. Your recovery codes no longer work.');
            },
          })
        }
      >
        Turn off two-factor authentication? Signing in will need only your password, and your recovery codes stop working.
      </ConfirmModal>
    </>
  );
}
