import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import { DataTable } from '../../../components/DataTable';
import { ListFilters, SelectField } from '../../../components/FormFields';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useSortParam } from '../../../lib/useSortParam';
import { useUsers } from '../api/useUsers';
import { userSorts, type UserActiveFilter } from '../types';
import { NewUserModal } from './NewUserModal';
import { UserBadges } from './UserBadges';
import { shortDate } from '../../../lib/dates';

const PAGE_SIZE = 50;

function parseActive(value: string | null): UserActiveFilter {
  return value === 'true' || value === 'false' ? value : '';
}

const dateFormat = shortDate;

/** Global administrators only: every account on the platform. */
export function UsersListPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const active = parseActive(searchParams.get('active'));
  const [creating, setCreating] = useState(false);
  const [search, setSearch, q] = useDebouncedParam('q');
  const setParam = useSetSearchParam();
  const [sort, setSort] = useSortParam(userSorts);

  const paging = useCursorStack(JSON.stringify([q, active, sort]));
  const users = useUsers({ q, active, sort, cursor: paging.cursor, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Users"
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            New user
          </Button>
        }
      />
      <ListFilters
        label="Filter users"
        search={{ id: 'users-search', label: 'Search users', placeholder: 'Search by email or name', value: search, onChange: setSearch }}
        sort={{ id: 'users-sort', sorts: userSorts, value: sort, onChange: setSort }}
      >
        <SelectField id="users-active" label="Status" hideLabel value={active} onChange={(e) => setParam('active', e.target.value)}>
          <option value="">All users</option>
          <option value="true">Active</option>
          <option value="false">Deactivated</option>
        </SelectField>
      </ListFilters>

      <PagedList query={users} paging={paging} what="users" empty={q || active ? 'No users match your search.' : 'No users yet.'}>
        {(items, busy) => (
          <DataTable
            label="Users"
            rows={items}
            rowKey={(u) => u.id}
            busy={busy}
            columns={[
              { header: 'Email', cell: (u) => <Link to={`/users/${u.id}`}>{u.email}</Link> },
              { header: 'Name', cell: (u) => u.displayName || '—' },
              { header: 'Status', cell: (u) => <UserBadges user={u} /> },
              { header: 'Created', cell: (u) => dateFormat.format(new Date(u.createdAt)) },
            ]}
          />
        )}
      </PagedList>

      <NewUserModal
        show={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          setCreating(false);
          void navigate(`/users/${u.id}`, { state: { flash: `User ${u.email} created.` } });
        }}
      />
    </>
  );
}
