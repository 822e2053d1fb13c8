import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { meKey } from '../../../auth/permissions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { accountKeys } from '../api/accountKeys';
import { useBeginTotpEnrolment } from '../api/useBeginTotpEnrolment';
import { useConfirmTotp } from '../api/useConfirmTotp';
import { RecoveryCodeList } from './RecoveryCodeList';

/** The base32 seed in groups of four, easier to type; authenticator apps ignore the spaces. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export interface TotpSetupProps {
  /** Called once MFA is on and the person has saved their recovery codes. */
  onDone: () => void;
}

/**
 * Sets up an authenticator app: start (new seed) → scan the QR code or type the key → confirm with a code →
 * save the recovery codes. Used on the account page and by the forced enrolment screen.
 */
export function TotpSetup({ onDone }: TotpSetupProps) {
  const queryClient = useQueryClient();
  const begin = useBeginTotpEnrolment();
  const confirm = useConfirmTotp();
  const [code, setCode] = useState('');
  const [finishing, setFinishing] = useState(false);

  const confirmErrors = formErrorsOf(confirm.error, ['code'] as const);

  function start() {
    confirm.reset();
    setCode('');
    begin.mutate();
  }

  function cancel() {
    begin.reset();
    confirm.reset();
    setCode('');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    confirm.mutate(code.replace(/\s+/g, ''));
  }

  async function saved() {
    setFinishing(true);
    try {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.mfa() }),
        queryClient.invalidateQueries({ queryKey: meKey }),
      ]);
    } finally {
      setFinishing(false);
      onDone();
    }
  }

  if (confirm.data) {
    return <RecoveryCodeList codes={confirm.data.recoveryCodes} onSaved={() => void saved()} saving={finishing} />;
  }

  if (!begin.data) {
    return (
      <>
        <ErrorAlert error={begin.error} />
        <Button variant="primary" disabled={begin.isPending} onClick={start}>
          {begin.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
          Set up authenticator app
        </Button>
      </>
    );
  }

  const { qrPngBase64, secret } = begin.data;
  return (
    <Form noValidate onSubmit={submit} aria-label="Set up authenticator app">
      <ol className="ps-3">
        <li className="mb-3">
          <p className="mb-2">Scan this QR code with your authenticator app (for example Google Authenticator, Microsoft Authenticator or 1Password).</p>
          <img src={`data:image/png;base64,${qrPngBase64}`} alt="QR code for your authenticator app" width={192} height={192} className="border rounded" />
          <p className="small text-body-secondary mt-2 mb-1">Cannot scan it? Enter this key in the app instead:</p>
          <code className="fs-6 user-select-all" data-testid="totp-secret" aria-label="Key for manual entry">
            {groupSecret(secret)}
          </code>
        </li>
        <li>
          <FormAlert errors={confirmErrors} />
          <TextField
            id="totp-setup-code"
            className="mb-3"
            label="Authentication code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            required
            error={fieldMessage(confirmErrors, 'code')}
            help="The 6-digit code the app now shows for ClientStor."
          />
        </li>
      </ol>
      <div className="d-flex gap-2">
        <SubmitButton pending={confirm.isPending} disabled={confirm.isPending || code.trim() === ''}>
          Turn on
        </SubmitButton>
        <Button variant="secondary" onClick={cancel} disabled={confirm.isPending}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
