import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { CopyButton } from '../../components/CopyButton';
import { SECRET_TTL_SECONDS } from '../../lib/clipboard';
import { errorMessage, isApiError } from '../../lib/problem';
import { useSecondsLeft } from '../../lib/useSecondsLeft';
import { useRevealSecret } from './useRevealSecret';
import { secretToCopy } from './copyValues';
import { secretLabel, secretNoun, secretReasonObject } from './secretFields';

const MASK = '••••••••';

function revealErrorMessage(error: unknown): string {
  if (isApiError(error) && error.status === 403 && error.problem.type?.endsWith('/reauth-required')) {
    return 'Not shown: your password was not confirmed.';
  }
  return errorMessage(error);
}

export interface SecretFieldProps {
  orgId: string;
  credentialId: string;
  /** `password`, `otpSeed` or `custom:<name>`. */
  field: string;
  /** vault.reveal: without it the value stays masked and no buttons show. */
  canReveal: boolean;
}

/**
 * One stored secret, masked. Reveal fetches it (the shared client asks for re-authentication when needed) and
 * hides it again after 30 seconds; Copy (the shared CopyButton) puts it on the clipboard without showing it and
 * clears it after 30 seconds.
 */
export function SecretField({ orgId, credentialId, field, canReveal }: SecretFieldProps) {
  const label = secretLabel(field);
  const noun = secretNoun(field);
  const reveal = useRevealSecret();
  const [shown, setShown] = useState<{ value: string; hideAt: number } | null>(null);
  // The plaintext leaves this component's state when its time is up.
  const shownFor = useSecondsLeft(shown?.hideAt ?? null, SECRET_TTL_SECONDS, () => setShown(null));

  /** The plaintext is kept only in this component's state; the mutation is reset so its cache holds nothing. */
  async function showValue() {
    try {
      const { value } = await reveal.mutateAsync({ orgId, credentialId, field, reason: `reveal ${secretReasonObject(field)}` });
      reveal.reset();
      setShown({ value, hideAt: Date.now() + SECRET_TTL_SECONDS * 1000 });
    } catch {
      // Shown below from reveal.error.
    }
  }

  return (
    <div role="group" aria-label={label} className="d-flex flex-wrap align-items-center gap-2 py-2 border-bottom">
      <div className="fw-semibold" style={{ minWidth: '9rem' }}>
        {label}
      </div>
      <div className="flex-grow-1 text-break">
        {shown ? (
          <>
            <code className="fs-6 user-select-all" data-testid={`secret-value-${field}`}>
              {shown.value}
            </code>
            <span className="ms-2 small text-body-secondary" aria-live="polite">
              Hides in {shownFor ?? SECRET_TTL_SECONDS} s
            </span>
          </>
        ) : (
          <>
            <span aria-hidden="true">{MASK}</span>
            <span className="visually-hidden">hidden</span>
          </>
        )}
      </div>
      {canReveal && (
        <div className="d-flex gap-2">
          {shown ? (
            <Button variant="outline-secondary" size="sm" aria-label={`Hide ${noun}`} onClick={() => setShown(null)}>
              Hide
            </Button>
          ) : (
            <Button variant="outline-secondary" size="sm" aria-label={`Reveal ${noun}`} disabled={reveal.isPending} onClick={() => void showValue()}>
              Reveal
            </Button>
          )}
          <CopyButton what={label} label={`Copy ${noun}`} disabled={reveal.isPending} getValue={secretToCopy(orgId, credentialId, field)} />
        </div>
      )}
      <div role="status" className="w-100 small">
        {reveal.error != null && <span className="text-danger">{revealErrorMessage(reveal.error)}</span>}
      </div>
    </div>
  );
}
