import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../components/OrgTabs';
import { usePermissions } from '../../../auth/permissions';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useDeleteRole } from '../api/useDeleteRole';
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
  return changes;
}

/** `/orgs/:orgId/roles/:roleId`: custom roles are edited here, built-in ones are shown read-only. */
export function RoleEditPage() {
  const { orgId = '', roleId = '' } = useParams();
  const role = useRole(orgId, roleId);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> /{' '}
        <Link to={`/orgs/${orgId}/roles`}>Roles</Link>
      </nav>
      {role.isPending ? (
        <Spinner animation="border" role="status">
          <span className="visually-hidden">Loading role…</span>
        </Spinner>
      ) : role.isError ? (
        <Alert variant={isApiError(role.error) && role.error.status === 404 ? 'warning' : 'danger'}>
          <p className="mb-2">
            {isApiError(role.error) && role.error.status === 404 ? 'This role does not exist or you cannot access it.' : errorMessage(role.error)}
          </p>
          <Link to={`/orgs/${orgId}/roles`}>Back to roles</Link>
        </Alert>
      ) : (
        <RoleEditor key={role.data.id} orgId={orgId} role={role.data} onReload={() => role.refetch()} />
      )}
    </>
  );
}

function RoleEditor({ orgId, role, onReload }: { orgId: string; role: Role; onReload(): void }) {
  const navigate = useNavigate();
  const { can, ready } = usePermissions();
  const updateRole = useUpdateRole();
  const deleteRole = useDeleteRole();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);

  // Editable until /me says otherwise: the API checks roles.manage on every change anyway.
  const canManage = !ready || can(orgId, 'roles.manage');
  const readOnly = role.isBuiltIn || !canManage;
  const error = updateRole.error ?? deleteRole.error;
  const conflict = isApiError(error) && error.status === 412;

  return (
    <>
      <div className="d-flex align-items-center gap-3 mb-3">
        <h1 className="h3 mb-0">{role.name}</h1>
        {role.isBuiltIn && <Badge bg="info">Built-in</Badge>}
      </div>
      <OrgTabs orgId={orgId} />
      {role.isBuiltIn && <Alert variant="info">Built-in roles cannot be changed or deleted. Create a custom role to grant a different set.</Alert>}
      {!role.isBuiltIn && !canManage && <Alert variant="info">Changing roles needs the “roles.manage” permission.</Alert>}
      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
      {deleteRole.error && !conflict && (
        <Alert variant="danger" role="alert">
          {errorMessage(deleteRole.error)}
        </Alert>
      )}
      <RoleForm
        // Remount when a new version arrives so the fields show the server's values.
        key={role.etag}
        initialValues={{ name: role.name, description: role.description ?? '', permissions: role.permissions }}
        submitLabel="Save changes"
        submitting={updateRole.isPending || deleteRole.isPending}
        error={updateRole.error}
        readOnly={readOnly}
        canGrant={(p) => can(orgId, p)}
        alert={
          conflict ? (
            <Alert variant="warning" role="alert">
              <p className="mb-2">This role was changed by someone else. Reload to see the latest version, then make your changes again.</p>
              <Button
                variant="outline-dark"
                size="sm"
                onClick={() => {
                  updateRole.reset();
                  deleteRole.reset();
                  onReload();
                }}
              >
                Reload
              </Button>
            </Alert>
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
        <Button variant="outline-danger" onClick={() => setConfirmingDelete(true)}>
          Delete…
        </Button>
        <Link to={`/orgs/${orgId}/roles`} className="btn btn-outline-secondary">
          Back to roles
        </Link>
      </RoleForm>

      <Modal show={confirmingDelete} onHide={() => setConfirmingDelete(false)} aria-labelledby="delete-role-title">
        <Modal.Header closeButton>
          <Modal.Title id="delete-role-title">Delete role</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          Delete the role <strong>{role.name}</strong>? Roles still assigned to members cannot be deleted.
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={() => setConfirmingDelete(false)}>
            Cancel
          </Button>
          <Button
            variant="danger"
            disabled={deleteRole.isPending}
            onClick={() =>
              deleteRole.mutate(
                { orgId, roleId: role.id, etag: role.etag },
                {
                  onSuccess: () => navigate(`/orgs/${orgId}/roles`, { replace: true, state: { flash: `Role “${role.name}” deleted.` } }),
                  onSettled: () => setConfirmingDelete(false),
                },
              )
            }
          >
            Delete role
          </Button>
        </Modal.Footer>
      </Modal>
    </>
  );
}
