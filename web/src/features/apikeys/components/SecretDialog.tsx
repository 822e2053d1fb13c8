import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';
import Modal from 'react-bootstrap/Modal';
import type { IssuedApiKey } from '../types';

/** The token request a script makes with the key; $API is this ClientStor's own origin. */
export function curlExample(origin: string, clientId: string, clientSecret: string): string {
  return `curl -s -X POST ${origin}/connect/token -d grant_type=client_credentials -d client_id=${clientId} -d client_secret=${clientSecret}`;
}

type Copied = { what: string; ok: boolean } | null;

export interface SecretDialogProps {
  title: string;
  issued: IssuedApiKey;
  /** Only offered once "I have stored the secret" is ticked: the secret is gone after this. */
  onClose: () => void;
}

/**
 * Shows a new or rotated key's client secret, the only time it exists outside the API (which keeps a hash).
 * It cannot be dismissed by Escape or the backdrop; closing needs the "stored" tick. Mount it per issued key.
 */
export function SecretDialog({ title, issued, onClose }: SecretDialogProps) {
  const [stored, setStored] = useState(false);
  const [copied, setCopied] = useState<Copied>(null);
  const curl = curlExample(window.location.origin, issued.clientId, issued.clientSecret);

  async function copy(what: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ what, ok: true });
    } catch {
      setCopied({ what, ok: false });
    }
  }

  return (
    <Modal show backdrop="static" keyboard={false} onHide={() => stored && onClose()} aria-labelledby="secret-dialog-title" size="lg">
      <Modal.Header>
        <Modal.Title id="secret-dialog-title">{title}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <Alert variant="warning">
          Copy the client secret now and store it somewhere safe, such as your CI's secret store. <strong>It will not be shown again</strong>
          — ClientStor keeps only a hash of it. If it is lost, rotate the key to get a new one.
        </Alert>
        <p className="mb-3">
          Key <strong>{issued.key.name}</strong>
        </p>
        <Form.Group className="mb-3" controlId="secret-client-id">
          <Form.Label>Client ID</Form.Label>
          <InputGroup>
            <Form.Control readOnly value={issued.clientId} className="font-monospace" onFocus={(e) => e.target.select()} />
            <Button variant="outline-secondary" aria-label="Copy client ID" onClick={() => void copy('Client ID', issued.clientId)}>
              Copy
            </Button>
          </InputGroup>
        </Form.Group>
        <Form.Group className="mb-3" controlId="secret-client-secret">
          <Form.Label>Client secret</Form.Label>
          <InputGroup>
            <Form.Control readOnly value={issued.clientSecret} className="font-monospace" autoComplete="off" spellCheck={false} onFocus={(e) => e.target.select()} />
            <Button variant="outline-secondary" aria-label="Copy client secret" onClick={() => void copy('Client secret', issued.clientSecret)}>
              Copy
            </Button>
          </InputGroup>
        </Form.Group>
        <div className="mb-3">
          <div className="d-flex align-items-center justify-content-between mb-1">
            <span id="secret-curl-label" className="form-label mb-0">
              Get a token
            </span>
            <Button variant="outline-secondary" size="sm" aria-label="Copy curl command" onClick={() => void copy('curl command', curl)}>
              Copy
            </Button>
          </div>
          <pre aria-labelledby="secret-curl-label" data-testid="secret-curl" className="bg-body-tertiary border rounded p-2 small mb-1" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            <code>{curl}</code>
          </pre>
          <Form.Text muted>Send the access_token from the answer as “Authorization: Bearer …”. Tokens are short-lived; ask for a new one when it expires.</Form.Text>
        </div>
        <div role="status" className="small text-body-secondary mb-3">
          {copied && (copied.ok ? `${copied.what} copied to the clipboard.` : 'Could not copy; select the text and copy it yourself.')}
        </div>
        <Form.Check
          id="secret-stored"
          label="I have stored the secret"
          checked={stored}
          onChange={(e) => setStored(e.target.checked)}
        />
      </Modal.Body>
      <Modal.Footer>
        <Button variant="primary" disabled={!stored} onClick={onClose}>
          Done
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
