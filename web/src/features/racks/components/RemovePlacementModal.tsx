import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { errorMessage } from '../../../lib/problem';
import { useRemovePlacement } from '../api/useRemovePlacement';
import { unitRange } from '../elevation';
import type { Placement } from '../types';

/** Unmounts an asset from the rack (the asset itself stays). Mount per placement. */
export function RemovePlacementModal({ orgId, rackId, placement, onClose, onRemoved }: { orgId: string; rackId: string; placement: Placement; onClose(): void; onRemoved(): void }) {
  const remove = useRemovePlacement();
  return (
    <Modal show onHide={onClose} aria-labelledby="remove-placement-title">
      <Modal.Header closeButton>
        <Modal.Title id="remove-placement-title">Remove from rack</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {remove.error && (
          <Alert variant="danger" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        )}
        Remove <strong>{placement.assetName}</strong> from {unitRange(placement.positionU, placement.heightU)}? The asset itself is kept.
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ orgId, rackId, placementId: placement.id }, { onSuccess: onRemoved })}
        >
          Remove
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
