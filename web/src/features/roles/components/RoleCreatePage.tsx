import { Link, useNavigate, useParams } from 'react-router';
import { OrgTabs } from '../../../components/OrgTabs';
import { usePermissions } from '../../../auth/permissions';
import { useCreateRole } from '../api/useCreateRole';
import { RoleForm } from './RoleForm';

/** `/orgs/:orgId/roles/new` */
export function RoleCreatePage() {
  const { orgId = '' } = useParams();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const createRole = useCreateRole();

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> /{' '}
        <Link to={`/orgs/${orgId}/roles`}>Roles</Link>
      </nav>
      <h1 className="h3 mb-3">New role</h1>
      <OrgTabs orgId={orgId} />
      <RoleForm
        submitLabel="Create role"
        submitting={createRole.isPending}
        error={createRole.error}
        canGrant={(p) => can(orgId, p)}
        onSubmit={(values) =>
          createRole.mutate(
            {
              orgId,
              body: { name: values.name.trim(), description: values.description.trim() || null, permissions: values.permissions },
            },
            { onSuccess: (role) => navigate(`/orgs/${orgId}/roles`, { state: { flash: `Role “${role.name}” created.` } }) },
          )
        }
      >
        <Link to={`/orgs/${orgId}/roles`} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </RoleForm>
    </>
  );
}
