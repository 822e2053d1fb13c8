import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { errorMessage } from '../../../lib/problem';
import { useDeleteSubnet } from '../api/useDeleteSubnet';
import type { Subnet } from '../types';

/** Deletes a subnet; a 409 (it still holds addresses) shows as an alert. */
export function DeleteSubnetModal({ orgId, subnet, onClose, onDeleted }: { orgId: string; subnet: Subnet; onClose(): void; onDeleted(): void }) {
  const remove = useDeleteSubnet();
  return (
    <Modal show onHide={onClose} aria-labelledby="delete-subnet-title">
      <Modal.Header closeButton>
        <Modal.Title id="delete-subnet-title">Delete subnet</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {remove.error && (
          <Alert variant="danger" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        )}
        Delete the subnet <strong className="font-monospace">{subnet.network}</strong>? Only a subnet without addresses of its own can be deleted.
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ orgId, subnetId: subnet.id }, { onSuccess: onDeleted })}>
          Delete subnet
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
