import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FlashAlert } from '../../../components/FlashAlert';
import { QueryState } from '../../../components/QueryState';
import { useDisableTotp } from '../api/useDisableTotp';
import { useMyMfa } from '../api/useMyMfa';
import { useRegenerateRecoveryCodes } from '../api/useRegenerateRecoveryCodes';
import type { MfaStatus } from '../types';
import { RecoveryCodeList } from './RecoveryCodeList';
import { TotpSetup } from './TotpSetup';
import { shortDate } from '../../../lib/dates';

const dateFormat = shortDate;

/** The signed-in user's two-factor authentication: status, set-up, new recovery codes and turning it off. */
export function MfaSettings() {
  const mfa = useMyMfa();
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

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
  return (
    <QueryState query={mfa} what="your two-factor authentication" inline>
      {(status) => (
        <>
          <FlashAlert message={flash} onClose={() => setFlash(null)} />
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
            <TotpOn status={status} onFlash={setFlash} onNewCodes={setNewCodes} />
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
        </>
      )}
    </QueryState>
  );
}

interface TotpOnProps {
  status: MfaStatus;
  onFlash: (message: string | null) => void;
  onNewCodes: (codes: string[]) => void;
}

/** With an authenticator app set up: how many recovery codes are left, new codes, and turning it off. */
function TotpOn({ status, onFlash, onNewCodes }: TotpOnProps) {
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableTotp();
  const [confirmingOff, setConfirmingOff] = useState(false);
  const closeOff = () => {
    setConfirmingOff(false);
    disable.reset();
  };

  return (
    <>
      <p className="text-body-secondary small">
        {status.enabledAt ? `On since ${dateFormat.format(new Date(status.enabledAt))}. ` : ''}
        {Number(status.recoveryCodesLeft) === 1 ? '1 recovery code left.' : `${status.recoveryCodesLeft} recovery codes left.`}
        {status.required && ' Two-factor authentication is required for your account, so it cannot be turned off.'}
      </p>
      <ErrorAlert error={regenerate.error} onClose={() => regenerate.reset()} />
      <div className="d-flex flex-wrap gap-2">
        <Button
          variant="outline-primary"
          disabled={regenerate.isPending}
          onClick={() => {
            onFlash(null);
            regenerate.mutate(undefined, { onSuccess: (data) => onNewCodes(data.recoveryCodes) });
          }}
        >
          {regenerate.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
          New recovery codes
        </Button>
        {!status.required && (
          <Button
            variant="outline-danger"
            onClick={() => {
              onFlash(null);
              setConfirmingOff(true);
            }}
          >
            Turn off
          </Button>
        )}
      </div>
      <ConfirmDialog
        show={confirmingOff}
        title="Turn off two-factor authentication"
        confirmLabel="Turn off"
        pending={disable.isPending}
        error={disable.error}
        conflict="Your two-factor settings changed since this page loaded (on another device?), so nothing was turned off. Close this dialog to see them as they are now."
        onClose={closeOff}
        onConfirm={() =>
          disable.mutate(status.etag, {
            onSuccess: () => {
              closeOff();
              onFlash('Two-factor authentication is off. Your recovery codes no longer work.');
            },
          })
        }
      >
        Turn off two-factor authentication? Signing in will need only your password, and your recovery codes stop working.
      </ConfirmDialog>
    </>
  );
}
