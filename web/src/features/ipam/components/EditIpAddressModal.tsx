import Modal from 'react-bootstrap/Modal';
import { StaleAlert } from '../../../components/ErrorAlert';
import { hasStatus } from '../../../lib/problem';
import { useUpdateIpAddress } from '../api/useUpdateIpAddress';
import { ipAddressFormValues, updateIpAddressChanges } from '../ipAddressBody';
import type { IpAddress } from '../types';
import { IpAddressForm } from './IpAddressForm';

export interface EditIpAddressModalProps {
  orgId: string;
  ip: IpAddress;
  canPickAssets: boolean;
  onClose: () => void;
  onSaved: (ip: IpAddress) => void;
}

/** Edits one address; only changed fields are sent. Mount per address. */
export function EditIpAddressModal({ orgId, ip, canPickAssets, onClose, onSaved }: EditIpAddressModalProps) {
  const update = useUpdateIpAddress();
  const initial = ipAddressFormValues(ip);
  return (
    <Modal show onHide={onClose} size="lg" aria-labelledby="edit-ip-title">
      <Modal.Header closeButton>
        <Modal.Title id="edit-ip-title">Edit {ip.address}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <IpAddressForm
          orgId={orgId}
          name="Edit address"
          idPrefix="edit-ip"
          initialValues={initial}
          canPickAssets={canPickAssets}
          submitLabel="Save changes"
          submitting={update.isPending}
          error={update.error}
          alert={
            hasStatus(update.error, 412) ? (
              <StaleAlert
                message="This address was changed by someone else since you opened it, so your changes were not saved. Reload closes this dialog; the list then shows their version to edit again."
                onReload={onClose}
              />
            ) : undefined
          }
          onCancel={onClose}
          onSubmit={(values) => {
            const changes = updateIpAddressChanges(initial, values);
            if (Object.keys(changes).length === 0) return onClose();
            update.mutate({ orgId, ipAddressId: ip.id, etag: ip.etag, changes }, { onSuccess: onSaved });
          }}
        />
      </Modal.Body>
    </Modal>
  );
}
