import { useEffect, useEffectEvent, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { CopyButton } from '../../../components/CopyButton';
import { errorMessage } from '../../../lib/problem';
import { useSecondsLeft } from '../../../lib/useSecondsLeft';
import { totpCodeToCopy } from '../../../entities/credential/copyValues';
import { useTotpCode } from '../../../entities/credential/useTotpCode';

/** Codes are shown for at most this long; a person who still needs one asks again (each showing is audited). */
export const TOTP_SHOW_MS = 2 * 60_000;

/** "123456" → "123 456", easier to read out and type. */
export function formatCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

export interface TotpCodeProps {
  orgId: string;
  credentialId: string;
}

/**
 * "Show code": the current one-time code of the stored seed with its countdown, renewed as each code expires;
 * "Copy code" puts the current code on the clipboard without showing it.
 */
export function TotpCode({ orgId, credentialId }: TotpCodeProps) {
  const [showing, setShowing] = useState(false);
  const [timedOut, setTimedOut] = useState(false);

  if (!showing) {
    return (
      <div>
        {timedOut && <p className="small text-body-secondary mb-2">The code was hidden after 2 minutes. Show it again if you still need it.</p>}
        <div className="d-flex flex-wrap gap-2">
          <Button
            variant="outline-primary"
            size="sm"
            onClick={() => {
              setTimedOut(false);
              setShowing(true);
            }}
          >
            Show code
          </Button>
          <CopyButton what="One-time code" label="Copy one-time code" text="Copy code" getValue={totpCodeToCopy(orgId, credentialId)} />
        </div>
      </div>
    );
  }
  return (
    <TotpDisplay
      orgId={orgId}
      credentialId={credentialId}
      onHide={() => setShowing(false)}
      onTimeout={() => {
        setShowing(false);
        setTimedOut(true);
      }}
    />
  );
}

function TotpDisplay({ orgId, credentialId, onHide, onTimeout }: TotpCodeProps & { onHide: () => void; onTimeout: () => void }) {
  const totp = useTotpCode(orgId, credentialId);
  const { data, dataUpdatedAt, isFetching, isError, refetch } = totp;
  const period = Math.max(1, Number(data?.period) || 30);
  // At least a second, so a code answered at the very end of its period cannot make us ask in a tight loop.
  const expiresAt = data ? dataUpdatedAt + Math.max(1, Number(data.secondsLeft) || 0) * 1000 : null;
  const secondsLeft = useSecondsLeft(expiresAt, period);

  // Started once per showing: a new onTimeout identity must not restart the two minutes.
  const timeout = useEffectEvent(onTimeout);
  useEffect(() => {
    const timer = setTimeout(() => timeout(), TOTP_SHOW_MS);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    if (secondsLeft === 0 && !isFetching && !isError) void refetch();
  }, [secondsLeft, isFetching, isError, refetch]);

  if (!data) {
    return isError ? (
      <Alert variant="danger" role="alert" className="d-flex align-items-center justify-content-between gap-2">
        <span>Could not get the code: {errorMessage(totp.error)}</span>
        <Button variant="outline-danger" size="sm" onClick={onHide}>
          Close
        </Button>
      </Alert>
    ) : (
      <Spinner animation="border" size="sm" role="status">
        <span className="visually-hidden">Getting the code…</span>
      </Spinner>
    );
  }

  return (
    <div className="d-flex flex-wrap align-items-center gap-3">
      <div>
        <span className="visually-hidden">Current code: </span>
        <code className="fs-3 user-select-all" data-testid="totp-code">
          {formatCode(data.code)}
        </code>
      </div>
      <div style={{ minWidth: '10rem' }}>
        {/* Bootstrap 5.3 markup: the labelled progressbar role sits on the outer element. */}
        <div
          className="progress"
          role="progressbar"
          aria-label="Seconds until the code changes"
          aria-valuemin={0}
          aria-valuemax={period}
          aria-valuenow={secondsLeft ?? 0}
          style={{ height: '0.5rem' }}
        >
          <div className={`progress-bar ${(secondsLeft ?? 0) <= 5 ? 'bg-warning' : 'bg-info'}`} style={{ width: `${((secondsLeft ?? 0) / period) * 100}%` }} />
        </div>
        <div className="small text-body-secondary mt-1">{isFetching && secondsLeft === 0 ? 'Getting the next code…' : `Changes in ${secondsLeft} s`}</div>
      </div>
      {isError && <span className="small text-danger">Could not renew the code: {errorMessage(totp.error)}</span>}
      <div className="d-flex gap-2">
        <CopyButton what="One-time code" label="Copy one-time code" text="Copy code" getValue={() => data.code} />
        <Button variant="outline-secondary" size="sm" onClick={onHide}>
          Hide code
        </Button>
      </div>
    </div>
  );
}
