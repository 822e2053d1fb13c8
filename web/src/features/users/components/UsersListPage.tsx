import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { DataTable } from '../../../components/DataTable';
import { FilterForm, SelectField, TextField } from '../../../components/FormFields';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useUsers } from '../api/useUsers';
import { userSorts, type UserActiveFilter, type UserSort } from '../types';
import { NewUserModal } from './NewUserModal';
import { UserBadges } from './UserBadges';

const PAGE_SIZE = 50;

function parseSort(value: string | null): UserSort {
  return userSorts.find((s) => s.value === value)?.value ?? 'email';
}

function parseActive(value: string | null): UserActiveFilter {
  return value === 'true' || value === 'false' ? value : '';
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Global administrators only: every account on the platform. */
export function UsersListPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const active = parseActive(searchParams.get('active'));
  const sort = parseSort(searchParams.get('sort'));
  const [creating, setCreating] = useState(false);
  const [search, setSearch, q] = useDebouncedParam('q');
  const setParam = useSetSearchParam();

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
      <FilterForm label="Filter users">
        <Row className="g-2">
          <Col md={6}>
            <TextField id="users-search" label="Search users" hideLabel type="search" placeholder="Search by email or name" value={search} onChange={(e) => setSearch(e.target.value)} />
          </Col>
          <Col md={3}>
            <SelectField id="users-active" label="Status" hideLabel value={active} onChange={(e) => setParam('active', e.target.value)}>
              <option value="">All users</option>
              <option value="true">Active</option>
              <option value="false">Deactivated</option>
            </SelectField>
          </Col>
          <Col md={3}>
            <SelectField id="users-sort" label="Sort by" hideLabel value={sort} options={userSorts} onChange={(e) => setParam('sort', e.target.value === 'email' ? '' : e.target.value)} />
          </Col>
        </Row>
      </FilterForm>

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
          navigate(`/users/${u.id}`, { state: { flash: `User ${u.email} created.` } });
        }}
      />
    </>
  );
}
