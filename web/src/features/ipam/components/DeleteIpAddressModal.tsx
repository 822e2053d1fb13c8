import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { errorMessage } from '../../../lib/problem';
import { useDeleteIpAddress } from '../api/useDeleteIpAddress';
import type { IpAddress } from '../types';

/** Removes an address from the documentation. Mount per address. */
export function DeleteIpAddressModal({ orgId, ip, onClose, onDeleted }: { orgId: string; ip: IpAddress; onClose(): void; onDeleted(): void }) {
  const remove = useDeleteIpAddress();
  return (
    <Modal show onHide={onClose} aria-labelledby="delete-ip-title">
      <Modal.Header closeButton>
        <Modal.Title id="delete-ip-title">Delete address</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {remove.error && (
          <Alert variant="danger" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        )}
        Delete <strong className="font-monospace">{ip.address}</strong>
        {ip.hostname ? ` (${ip.hostname})` : ''} from this subnet?
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ orgId, ipAddressId: ip.id }, { onSuccess: onDeleted })}>
          Delete address
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
