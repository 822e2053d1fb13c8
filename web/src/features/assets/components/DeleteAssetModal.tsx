import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useDeleteAsset } from '../api/useDeleteAsset';
import type { Asset } from '../types';

export interface DeleteAssetModalProps {
  orgId: string;
  asset: Asset;
  onClose(): void;
  onDeleted(): void;
}

/** Deletes an asset with its interfaces and relations, with the etag read (a 412 means someone changed it since). */
export function DeleteAssetModal({ orgId, asset, onClose, onDeleted }: DeleteAssetModalProps) {
  const remove = useDeleteAsset();
  const conflict = isApiError(remove.error) && remove.error.status === 412;
  return (
    <Modal show onHide={onClose} aria-labelledby="delete-asset-title">
      <Modal.Header closeButton>
        <Modal.Title id="delete-asset-title">Delete asset</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {remove.error && (
          <Alert variant={conflict ? 'warning' : 'danger'} role="alert">
            {conflict ? 'This asset was changed by someone else. Close this dialog and reload before deleting it.' : errorMessage(remove.error)}
          </Alert>
        )}
        Delete <strong>{asset.name}</strong> with its interfaces and relations? This cannot be undone.
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ orgId, assetId: asset.id, etag: asset.etag }, { onSuccess: onDeleted })}>
          Delete asset
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
