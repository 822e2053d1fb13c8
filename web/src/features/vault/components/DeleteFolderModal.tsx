import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { errorMessage } from '../../../lib/problem';
import { useDeleteFolder } from '../api/useDeleteFolder';
import type { Folder } from '../types';

/** Deletes an empty folder; a 409 (something was filed in it meanwhile) shows as an alert. Mount per folder. */
export function DeleteFolderModal({ orgId, folder, onClose, onDeleted }: { orgId: string; folder: Folder; onClose(): void; onDeleted(): void }) {
  const remove = useDeleteFolder();
  return (
    <Modal show onHide={onClose} aria-labelledby="delete-folder-title">
      <Modal.Header closeButton>
        <Modal.Title id="delete-folder-title">Delete folder</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {remove.error && (
          <Alert variant="danger" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        )}
        Delete the empty folder <strong>{folder.name}</strong>?
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ orgId, folderId: folder.id }, { onSuccess: onDeleted })}>
          Delete folder
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
