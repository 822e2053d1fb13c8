import { useState } from 'react';
import { Link, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { usePermissions } from '../../../auth/permissions';
import { DeleteRecordDialog } from '../../../components/ConfirmDialog';
import { StaleAlert } from '../../../components/ErrorAlert';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { hasStatus } from '../../../lib/problem';
import { useDeleteRole } from '../api/useDeleteRole';
import { reauthWindowChange, reauthWindowText } from '../../../entities/role/ReauthWindowField';
import { useRole } from '../api/useRole';
import { useUpdateRole } from '../api/useUpdateRole';
import type { Role, RoleFormValues, UpdateRoleBody } from '../types';
import { RoleForm } from './RoleForm';

/** Only what changed goes to the API: an unchanged permission list is not re-sent (it may hold permissions the editor lacks). */
export function changedRoleFields(role: Role, values: RoleFormValues): UpdateRoleBody {
  const changes: UpdateRoleBody = {};
  if (values.name.trim() !== role.name) changes.name = values.name.trim();
  if (values.description.trim() !== (role.description ?? '')) changes.description = values.description.trim();
  const before = new Set(role.permissions);
  const after = new Set(values.permissions);
  if (before.size !== after.size || [...after].some((p) => !before.has(p))) changes.permissions = [...values.permissions].sort();
  return { ...changes, ...reauthWindowChange(role.reauthWindowMinutes, values.reauthWindow) };
}

/** `/orgs/:orgId/roles/:roleId`: custom roles are edited here, built-in ones are shown read-only. */
export function RoleEditPage() {
  const { orgId = '', roleId = '' } = useParams();
  const role = useRole(orgId, roleId);
  const roles = `/orgs/${orgId}/roles`;

  return (
    <QueryState
      query={role}
      what="the role"
      notFound="This role does not exist or you cannot access it."
      errorFooter={<Link to={roles}>Back to roles</Link>}
    >
      {(data) => <RoleEditor key={data.id} orgId={orgId} role={data} onReload={() => void role.refetch()} />}
    </QueryState>
  );
}

function RoleEditor({ orgId, role, onReload }: { orgId: string; role: Role; onReload: () => void }) {
  const { can, ready } = usePermissions();
  const updateRole = useUpdateRole();
  const deleteRole = useDeleteRole();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);

  // Editable until /me says otherwise: the API checks roles.manage on every change anyway.
  const canManage = !ready || can(orgId, 'roles.manage');
  const readOnly = role.isBuiltIn || !canManage;
  const conflict = hasStatus(updateRole.error ?? deleteRole.error, 412);
  const roles = `/orgs/${orgId}/roles`;

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId, { to: roles, label: 'Roles' })}
        title={role.name}
        badges={role.isBuiltIn && <Badge bg="info" text="dark">Built-in</Badge>}
        orgId={orgId}
      />
      {role.isBuiltIn && (
        <Alert variant="info">
          Built-in roles cannot be renamed, given other permissions or deleted (create a custom role for a different set); their
          re-authentication window can be set.
        </Alert>
      )}
      {!role.isBuiltIn && !canManage && <Alert variant="info">Changing roles needs the “roles.manage” permission.</Alert>}
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      <RoleForm
        // Remount when a new version arrives so the fields show the server's values.
        key={role.etag}
        initialValues={{ name: role.name, description: role.description ?? '', permissions: role.permissions, reauthWindow: reauthWindowText(role.reauthWindowMinutes) }}
        submitLabel="Save changes"
        submitting={updateRole.isPending || deleteRole.isPending}
        error={updateRole.error}
        readOnly={readOnly}
        windowReadOnly={!canManage}
        canGrant={(p) => can(orgId, p)}
        alert={
          conflict ? (
            <StaleAlert
              message="This role was changed by someone else. Reload to see the latest version, then make your changes again."
              onReload={() => {
                updateRole.reset();
                deleteRole.reset();
                onReload();
              }}
            />
          ) : undefined
        }
        onSubmit={(values) => {
          setFlash(null);
          deleteRole.reset();
          const changes = changedRoleFields(role, values);
          if (Object.keys(changes).length === 0) {
            setFlash('Nothing to save.');
            return;
          }
          updateRole.mutate({ orgId, roleId: role.id, etag: role.etag, changes }, { onSuccess: () => setFlash('Changes saved.') });
        }}
      >
        {!role.isBuiltIn && (
          <Button variant="outline-danger" onClick={() => setConfirmingDelete(true)}>
            Delete…
          </Button>
        )}
        <Link to={roles} className="btn btn-outline-secondary">
          Back to roles
        </Link>
      </RoleForm>

      <DeleteRecordDialog
        record={confirmingDelete ? role : null}
        noun="role"
        mutation={deleteRole}
        variables={(r) => ({ orgId, roleId: r.id, etag: r.etag })}
        backTo={roles}
        onClose={() => setConfirmingDelete(false)}
      >
        Delete the role <strong>{role.name}</strong>? Roles still assigned to members cannot be deleted.
      </DeleteRecordDialog>
    </>
  );
}
