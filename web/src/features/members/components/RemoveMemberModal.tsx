import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { errorMessage } from '../../../lib/problem';
import { useRemoveMember } from '../api/useRemoveMember';
import type { Member } from '../types';

/** Confirms removing a member; a 409 "last Owner" shows as an alert. */
export function RemoveMemberModal({ orgId, member, onClose, onRemoved }: { orgId: string; member: Member; onClose(): void; onRemoved(): void }) {
  const remove = useRemoveMember();
  return (
    <Modal show onHide={onClose} aria-labelledby="remove-member-title">
      <Modal.Header closeButton>
        <Modal.Title id="remove-member-title">Remove member</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {remove.error && (
          <Alert variant="danger" role="alert">
            {errorMessage(remove.error)}
          </Alert>
        )}
        Remove <strong>{member.displayName || member.email}</strong> ({member.email}) from this organisation? They lose access to
        everything in it.
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ orgId, userId: member.userId }, { onSuccess: onRemoved })}
        >
          Remove
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
