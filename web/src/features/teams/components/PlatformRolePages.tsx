import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DeleteRecordDialog } from '../../../components/ConfirmDialog';
import { none } from '../../../components/DataTable';
import { StaleAlert } from '../../../components/ErrorAlert';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { DEFAULT_REAUTH_MINUTES } from '../../../entities/role/ReauthWindowField';
import { hasStatus } from '../../../lib/problem';
import { useFlash } from '../../../lib/useFlash';
import { useDeletePlatformRole, usePlatformRoles, useSavePlatformRole } from '../api/usePlatformRoles';
import type { PlatformRole } from '../types';
import { PlatformRoleForm } from './PlatformRoleForm';
import { TeamsTabs } from './TeamsTabs';

const crumbs = [
  { to: '/teams', label: 'Teams' },
  { to: '/platform-roles', label: 'Platform roles' },
];

const windowOf = (r: PlatformRole) => (r.reauthWindowMinutes == null ? `${DEFAULT_REAUTH_MINUTES} min (default)` : `${r.reauthWindowMinutes} min`);

/** `/platform-roles`: roles defined once and granted to teams in any organisation. */
export function PlatformRolesPage() {
  const roles = usePlatformRoles();
  const [flash, setFlash] = useFlash();
  const name = (r: PlatformRole) => <Link to={`/platform-roles/${r.id}`}>{r.name}</Link>;
  return (
    <>
      <PageHeader
        title="Platform roles"
        actions={
          <Link to="/platform-roles/new" className="btn btn-primary">
            New platform role
          </Link>
        }
      />
      <TeamsTabs />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      <QueryState query={roles} what="platform roles">
        {(items) =>
          items.length === 0 ? (
            <div className="text-center p-5">
              <p className="h5">No platform roles yet</p>
              <p className="text-body-secondary">Define a role once (say “Helpdesk”) and grant it to a team in every organisation at once.</p>
              <Link to="/platform-roles/new" className="btn btn-primary">
                Create the first platform role
              </Link>
            </div>
          ) : (
            <ResponsiveTable
              label="Platform roles"
              rows={items}
              rowKey={(r) => r.id}
              columns={[
                { header: 'Name', className: 'text-break', cell: name },
                { header: 'Permissions', cell: (r) => r.permissions.length },
                { header: 'Re-auth window', className: 'text-nowrap', cell: windowOf },
                { header: 'Description', className: 'text-body-secondary', cell: (r) => r.description ?? none },
              ]}
              card={(r) => ({
                title: name(r),
                details: [
                  ['Permissions', r.permissions.length],
                  ['Re-auth', windowOf(r)],
                  ['About', r.description ?? none],
                ],
              })}
            />
          )
        }
      </QueryState>
    </>
  );
}

/** `/platform-roles/new` */
export function PlatformRoleCreatePage() {
  const navigate = useNavigate();
  const save = useSavePlatformRole();
  return (
    <>
      <PageHeader crumbs={crumbs} title="New platform role" />
      <PlatformRoleForm
        submitLabel="Create role"
        pending={save.isPending}
        error={save.error}
        onSubmit={(body) => save.mutate({ body }, { onSuccess: (r) => void navigate('/platform-roles', { state: { flash: `Platform role “${r.name}” created.` } }) })}
      >
        <Link to="/platform-roles" className="btn btn-outline-secondary">
          Cancel
        </Link>
      </PlatformRoleForm>
    </>
  );
}

/** `/platform-roles/:platformRoleId` */
export function PlatformRoleEditPage() {
  const { platformRoleId = '' } = useParams();
  const roles = usePlatformRoles();
  const save = useSavePlatformRole();
  const remove = useDeletePlatformRole();
  const [flash, setFlash] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  return (
    <QueryState query={roles} what="the platform role">
      {(items) => {
        const role = items.find((r) => r.id === platformRoleId);
        if (!role)
          return (
            <p className="alert alert-warning">
              This platform role does not exist. <Link to="/platform-roles">Back to platform roles</Link>
            </p>
          );
        return (
          <>
            <PageHeader crumbs={crumbs} title={role.name} />
            <FlashAlert message={flash} onClose={() => setFlash(null)} />
            <PlatformRoleForm
              key={role.etag}
              role={role}
              submitLabel="Save changes"
              pending={save.isPending || remove.isPending}
              error={save.error}
              alert={
                hasStatus(save.error, 412) ? (
                  <StaleAlert
                    message="This role was changed by someone else. Reload to see the latest version, then make your changes again."
                    onReload={() => {
                      save.reset();
                      void roles.refetch();
                    }}
                  />
                ) : undefined
              }
              onSubmit={(body) => {
                setFlash(null);
                if (Object.keys(body).length === 0) {
                  setFlash('Nothing to save.');
                  return;
                }
                save.mutate({ roleId: role.id, etag: role.etag, body }, { onSuccess: () => setFlash('Changes saved.') });
              }}
            >
              <button type="button" className="btn btn-outline-danger" onClick={() => setDeleting(true)}>
                Delete…
              </button>
              <Link to="/platform-roles" className="btn btn-outline-secondary">
                Back to platform roles
              </Link>
            </PlatformRoleForm>
            <DeleteRecordDialog record={deleting ? role : null} noun="platform role" mutation={remove} variables={(r) => r} backTo="/platform-roles" onClose={() => setDeleting(false)}>
              Delete the platform role <strong>{role.name}</strong>? A role still granted to a team cannot be deleted: withdraw its grants first.
            </DeleteRecordDialog>
          </>
        );
      }}
    </QueryState>
  );
}
