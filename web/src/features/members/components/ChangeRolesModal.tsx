import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRoleOptions } from '../../../entities/role/useRoleOptions';
import { useUpdateMemberRoles } from '../api/useUpdateMemberRoles';
import type { Member } from '../types';
import { RoleCheckboxes } from './RoleCheckboxes';

/** Replaces a member's roles (PATCH); a 409 "last Owner" or a 403 shows as an alert. Mount with a key per member. */
export function ChangeRolesModal({ orgId, member, onClose, onSaved }: { orgId: string; member: Member; onClose: () => void; onSaved: () => void }) {
  const [roleIds, setRoleIds] = useState<string[]>(member.roles.map((r) => r.id));
  const roles = useRoleOptions(orgId);
  const update = useUpdateMemberRoles();

  return (
    <Modal show onHide={onClose} aria-labelledby="change-roles-title">
      <Modal.Header closeButton>
        <Modal.Title id="change-roles-title">Change roles of {member.displayName || member.email}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <ErrorAlert
          error={update.error}
          conflict="Someone else changed this membership since the list loaded, so your roles were not saved. Close this dialog to see the current roles, then try again."
        />
        <fieldset disabled={update.isPending}>
          <legend className="fs-6">Roles</legend>
          <RoleCheckboxes
            idPrefix="change-roles"
            roles={roles.data}
            loading={roles.isPending}
            error={roles.error}
            value={roleIds}
            onChange={setRoleIds}
          />
        </fieldset>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="primary"
          disabled={update.isPending}
          onClick={() => update.mutate({ orgId, userId: member.userId, etag: member.etag, roleIds }, { onSuccess: onSaved })}
        >
          Save roles
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
