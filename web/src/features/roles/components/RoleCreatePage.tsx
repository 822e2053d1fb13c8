import { Link, useNavigate, useParams } from 'react-router';
import { usePermissions } from '../../../auth/permissions';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { reauthWindowChange } from '../../../entities/role/ReauthWindowField';
import { useCreateRole } from '../api/useCreateRole';
import { RoleForm } from './RoleForm';

/** `/orgs/:orgId/roles/new` */
export function RoleCreatePage() {
  const { orgId = '' } = useParams();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const createRole = useCreateRole();
  const roles = `/orgs/${orgId}/roles`;

  return (
    <>
      <PageHeader crumbs={orgCrumbs(orgId, { to: roles, label: 'Roles' })} title="New role" orgId={orgId} />
      <RoleForm
        submitLabel="Create role"
        submitting={createRole.isPending}
        error={createRole.error}
        canGrant={(p) => can(orgId, p)}
        onSubmit={(values) =>
          createRole.mutate(
            {
              orgId,
              body: {
                name: values.name.trim(),
                description: values.description.trim() || null,
                permissions: values.permissions,
                reauthWindowMinutes: reauthWindowChange(null, values.reauthWindow).reauthWindowMinutes,
              },
            },
            { onSuccess: (role) => void navigate(roles, { state: { flash: `Role “${role.name}” created.` } }) },
          )
        }
      >
        <Link to={roles} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </RoleForm>
    </>
  );
}
