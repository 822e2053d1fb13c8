import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import Table from 'react-bootstrap/Table';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage } from '../../../lib/problem';
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
  const q = searchParams.get('q') ?? '';
  const active = parseActive(searchParams.get('active'));
  const sort = parseSort(searchParams.get('sort'));
  const [creating, setCreating] = useState(false);

  // The box updates at typing speed; the URL (and so the query) follows once typing pauses.
  const [search, setSearch] = useDebouncedParam('q');

  const setParam = useSetSearchParam();

  const paging = useCursorStack(JSON.stringify([q, active, sort]));
  const users = useUsers({ q, active, sort, cursor: paging.cursor, limit: PAGE_SIZE });
  const filtered = q !== '' || active !== '';
  const items = users.data?.items ?? [];
  const nextCursor = users.data?.nextCursor ?? null;

  return (
    <>
      <div className="d-flex align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">Users</h1>
        <Button variant="primary" onClick={() => setCreating(true)}>
          New user
        </Button>
      </div>

      <Form role="search" aria-label="Filter users" onSubmit={(e) => e.preventDefault()} className="mb-3">
        <Row className="g-2">
          <Col md={6}>
            <Form.Group controlId="users-search">
              <Form.Label className="visually-hidden">Search users</Form.Label>
              <Form.Control type="search" placeholder="Search by email or name" value={search} onChange={(e) => setSearch(e.target.value)} />
            </Form.Group>
          </Col>
          <Col md={3}>
            <Form.Group controlId="users-active">
              <Form.Label className="visually-hidden">Status</Form.Label>
              <Form.Select value={active} onChange={(e) => setParam('active', e.target.value)}>
                <option value="">All users</option>
                <option value="true">Active</option>
                <option value="false">Deactivated</option>
              </Form.Select>
            </Form.Group>
          </Col>
          <Col md={3}>
            <Form.Group controlId="users-sort">
              <Form.Label className="visually-hidden">Sort by</Form.Label>
              <Form.Select value={sort} onChange={(e) => setParam('sort', e.target.value === 'email' ? '' : e.target.value)}>
                {userSorts.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
          </Col>
        </Row>
      </Form>

      {users.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading users…</span>
          </Spinner>
        </div>
      ) : users.isError ? (
        <Alert variant="danger" role="alert">
          <p className="mb-2">Could not load users: {errorMessage(users.error)}</p>
          <Button variant="outline-danger" size="sm" onClick={() => users.refetch()}>
            Retry
          </Button>
        </Alert>
      ) : items.length === 0 && !paging.hasPrevious ? (
        <div className="text-center text-body-secondary p-5">{filtered ? 'No users match your search.' : 'No users yet.'}</div>
      ) : (
        <>
          <Table hover responsive aria-label="Users" aria-busy={users.isFetching} className="align-middle">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link to={`/users/${u.id}`}>{u.email}</Link>
                  </td>
                  <td>{u.displayName || '—'}</td>
                  <td>
                    <UserBadges user={u} />
                  </td>
                  <td>{dateFormat.format(new Date(u.createdAt))}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <nav aria-label="Pages" className="d-flex align-items-center gap-2">
            <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || users.isFetching} onClick={paging.previous}>
              Previous
            </Button>
            <span className="text-body-secondary small">Page {paging.page}</span>
            <Button variant="outline-secondary" size="sm" disabled={!nextCursor || users.isFetching} onClick={() => nextCursor && paging.next(nextCursor)}>
              Next
            </Button>
            {users.isFetching && (
              <Spinner animation="border" size="sm" role="status">
                <span className="visually-hidden">Loading…</span>
              </Spinner>
            )}
          </nav>
        </>
      )}

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
