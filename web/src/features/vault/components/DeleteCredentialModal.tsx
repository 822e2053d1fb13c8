import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useDeleteCredential } from '../api/useDeleteCredential';
import type { Credential } from '../types';

export interface DeleteCredentialModalProps {
  orgId: string;
  credential: Credential;
  onClose(): void;
  onDeleted(): void;
}

/** Deletes a credential and its secrets for good, with the etag read (a 412 means someone changed it since). */
export function DeleteCredentialModal({ orgId, credential, onClose, onDeleted }: DeleteCredentialModalProps) {
  const remove = useDeleteCredential();
  const conflict = isApiError(remove.error) && remove.error.status === 412;
  return (
    <Modal show onHide={onClose} aria-labelledby="delete-credential-title">
      <Modal.Header closeButton>
        <Modal.Title id="delete-credential-title">Delete credential</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {remove.error && (
          <Alert variant={conflict ? 'warning' : 'danger'} role="alert">
            {conflict ? 'This credential was changed by someone else. Close this dialog and reload before deleting it.' : errorMessage(remove.error)}
          </Alert>
        )}
        Delete <strong>{credential.name}</strong> and all its stored secrets? This cannot be undone.
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ orgId, credentialId: credential.id, etag: credential.etag }, { onSuccess: onDeleted })}
        >
          Delete credential
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
