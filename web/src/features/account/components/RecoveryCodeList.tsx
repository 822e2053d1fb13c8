import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { saveBlob } from '../../../lib/download';

export const RECOVERY_CODES_FILE = 'clientstor-recovery-codes.txt';

function saveAsText(codes: string[]): void {
  const text = `ClientStor recovery codes\nEach code works once.\n\n${codes.join('\n')}\n`;
  saveBlob(new Blob([text], { type: 'text/plain' }), RECOVERY_CODES_FILE);
}

export interface RecoveryCodeListProps {
  codes: string[];
  /** "I have saved these": the codes are never shown again after this. */
  onSaved: () => void;
  saving?: boolean;
}

/** The one-time display of fresh recovery codes, with copy and download. */
export function RecoveryCodeList({ codes, onSaved, saving = false }: RecoveryCodeListProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" className="h6">
        Your recovery codes
      </h3>
      <Alert variant="warning">
        Save these codes somewhere safe now — they are shown only this once. Each one signs you in once when your authenticator app is
        not at hand.
      </Alert>
      <ol aria-label="Recovery codes" className="font-monospace row row-cols-2 g-1 ps-4 mb-3">
        {codes.map((code) => (
          <li key={code} className="col">
            {code}
          </li>
        ))}
      </ol>
      <div className="d-flex flex-wrap align-items-center gap-2">
        <Button variant="outline-secondary" size="sm" onClick={() => void copy()}>
          Copy
        </Button>
        <Button variant="outline-secondary" size="sm" onClick={() => saveAsText(codes)}>
          Download .txt
        </Button>
        <span role="status" className="small text-body-secondary">
          {copied === 'yes' && 'Copied to the clipboard.'}
          {copied === 'failed' && 'Could not copy; select the codes and copy them yourself.'}
        </span>
      </div>
      <Button variant="primary" className="mt-3" disabled={saving} onClick={onSaved}>
        {saving && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}I have saved these
      </Button>
    </section>
  );
}
