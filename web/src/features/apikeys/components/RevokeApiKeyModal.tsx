import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useRevokeApiKey } from '../api/useRevokeApiKey';
import type { ApiKey, ApiKeyOwner } from '../types';

/** Confirms revoking a key; a failure (e.g. 404, the key is gone) shows as an alert. */
export function RevokeApiKeyModal({ owner, apiKey, onClose, onRevoked }: { owner: ApiKeyOwner; apiKey: ApiKey; onClose(): void; onRevoked(): void }) {
  const revoke = useRevokeApiKey();
  return (
    <Modal show onHide={onClose} aria-labelledby="revoke-key-title">
      <Modal.Header closeButton>
        <Modal.Title id="revoke-key-title">Revoke API key</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {revoke.error && (
          <Alert variant="danger" role="alert">
            {errorMessage(revoke.error)}
          </Alert>
        )}
        Revoke <strong>{apiKey.name}</strong> (<code>{apiKey.clientId}</code>)? It gets no new tokens, and the tokens it holds stop working
        on their next request. This cannot be undone.
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" disabled={revoke.isPending} onClick={() => revoke.mutate({ owner, keyId: apiKey.id }, { onSuccess: onRevoked })}>
          {revoke.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
          Revoke
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
