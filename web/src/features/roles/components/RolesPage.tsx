import { Link, useParams } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import { useCan } from '../../../auth/permissions';
import { DataTable } from '../../../components/DataTable';
import { FlashAlert } from '../../../components/FlashAlert';
import { FilterForm, SortSelect } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useFlash } from '../../../lib/useFlash';
import { useSortParam } from '../../../lib/useSortParam';
import { useRoles } from '../api/useRoles';
import { roleSorts } from '../types';

const PAGE_SIZE = 50;

/** `/orgs/:orgId/roles`: the built-in and custom roles of an organisation. */
export function RolesPage() {
  const { orgId = '' } = useParams();
  const [sort, setSort] = useSortParam(roleSorts);
  const canManage = useCan(orgId, 'roles.manage');
  const [flash, setFlash] = useFlash();

  const paging = useCursorStack(JSON.stringify([orgId, sort]));
  const roles = useRoles(orgId, { sort, cursor: paging.cursor, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId)}
        title="Roles"
        orgId={orgId}
        actions={
          canManage && (
            <Link to={`/orgs/${orgId}/roles/new`} className="btn btn-primary">
              New role
            </Link>
          )
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      <FilterForm label="Sort roles">
        <div style={{ maxWidth: '20rem' }}>
          <SortSelect id="roles-sort" label="Sort roles by" sorts={roleSorts} value={sort} onChange={setSort} />
        </div>
      </FilterForm>

      <PagedList query={roles} paging={paging} what="roles" inOrg empty="This organisation has no roles yet.">
        {(items, busy) => (
          <DataTable
            label="Roles"
            rows={items}
            rowKey={(r) => r.id}
            busy={busy}
            columns={[
              {
                header: 'Name',
                cell: (role) => (
                  <>
                    <Link to={`/orgs/${orgId}/roles/${role.id}`}>{role.name}</Link>{' '}
                    {role.isBuiltIn && (
                      <Badge bg="info" text="dark" className="ms-1">
                        Built-in
                      </Badge>
                    )}
                  </>
                ),
              },
              { header: 'Permissions', cell: (role) => role.permissions.length },
              { header: 'Description', className: 'text-body-secondary', cell: (role) => role.description },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
