import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useRotateApiKey } from '../api/useRotateApiKey';
import type { ApiKey, ApiKeyOwner, IssuedApiKey } from '../types';

/** Confirms issuing a new secret; a 409 (the key expired or was revoked meanwhile) shows as an alert. */
export function RotateApiKeyModal({ owner, apiKey, onClose, onRotated }: { owner: ApiKeyOwner; apiKey: ApiKey; onClose(): void; onRotated(issued: IssuedApiKey): void }) {
  const rotate = useRotateApiKey();
  return (
    <Modal show onHide={onClose} aria-labelledby="rotate-key-title">
      <Modal.Header closeButton>
        <Modal.Title id="rotate-key-title">Rotate API key secret</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {rotate.error && (
          <Alert variant="danger" role="alert">
            {errorMessage(rotate.error)}
          </Alert>
        )}
        Issue a new client secret for <strong>{apiKey.name}</strong> (<code>{apiKey.clientId}</code>)? The current secret stops working at
        once and the key’s tokens are revoked: update everything that uses it with the new secret.
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="warning" disabled={rotate.isPending} onClick={() => rotate.mutate({ owner, keyId: apiKey.id }, { onSuccess: onRotated })}>
          {rotate.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
          Rotate secret
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
