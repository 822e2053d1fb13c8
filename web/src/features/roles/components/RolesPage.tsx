import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import Table from 'react-bootstrap/Table';
import { OrgTabs } from '../../../components/OrgTabs';
import { usePermissions } from '../../../auth/permissions';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useRoles } from '../api/useRoles';
import { roleSorts, type RoleSort } from '../types';

const PAGE_SIZE = 50;

function parseSort(value: string | null): RoleSort {
  return roleSorts.find((s) => s.value === value)?.value ?? 'name';
}

/** `/orgs/:orgId/roles`: the built-in and custom roles of an organisation. */
export function RolesPage() {
  const { orgId = '' } = useParams();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const sort = parseSort(searchParams.get('sort'));
  const { can } = usePermissions();
  const canManage = can(orgId, 'roles.manage');
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);

  const paging = useCursorStack(JSON.stringify([orgId, sort]));
  const roles = useRoles(orgId, { sort, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = roles.data?.items ?? [];
  const nextCursor = roles.data?.nextCursor ?? null;
  const notFound = isApiError(roles.error) && roles.error.status === 404;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link>
      </nav>
      <div className="d-flex align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">Roles</h1>
        {canManage && (
          <Link to={`/orgs/${orgId}/roles/new`} className="btn btn-primary">
            New role
          </Link>
        )}
      </div>
      <OrgTabs orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}

      <Form onSubmit={(e) => e.preventDefault()} className="mb-3" style={{ maxWidth: '20rem' }}>
        <Form.Group controlId="roles-sort">
          <Form.Label className="visually-hidden">Sort roles by</Form.Label>
          <Form.Select
            value={sort}
            onChange={(e) =>
              setSearchParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  if (e.target.value === 'name') next.delete('sort');
                  else next.set('sort', e.target.value);
                  return next;
                },
                { replace: true },
              )
            }
          >
            {roleSorts.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
      </Form>

      {roles.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading roles…</span>
          </Spinner>
        </div>
      ) : roles.isError ? (
        <Alert variant={notFound ? 'warning' : 'danger'} role="alert">
          {notFound ? (
            <p className="mb-0">This organisation does not exist or you cannot access it.</p>
          ) : (
            <>
              <p className="mb-2">Could not load roles: {errorMessage(roles.error)}</p>
              <Button variant="outline-danger" size="sm" onClick={() => roles.refetch()}>
                Retry
              </Button>
            </>
          )}
        </Alert>
      ) : items.length === 0 && !paging.hasPrevious ? (
        <div className="text-center text-body-secondary p-5">This organisation has no roles yet.</div>
      ) : (
        <>
          <Table hover responsive aria-label="Roles" aria-busy={roles.isFetching}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Permissions</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {items.map((role) => (
                <tr key={role.id}>
                  <td>
                    <Link to={`/orgs/${orgId}/roles/${role.id}`}>{role.name}</Link>{' '}
                    {role.isBuiltIn && (
                      <Badge bg="info" className="ms-1">
                        Built-in
                      </Badge>
                    )}
                  </td>
                  <td>{role.permissions.length}</td>
                  <td className="text-body-secondary">{role.description}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <nav aria-label="Pages" className="d-flex align-items-center gap-2">
            <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || roles.isFetching} onClick={paging.previous}>
              Previous
            </Button>
            <span className="text-body-secondary small">Page {paging.page}</span>
            <Button
              variant="outline-secondary"
              size="sm"
              disabled={!nextCursor || roles.isFetching}
              onClick={() => nextCursor && paging.next(nextCursor)}
            >
              Next
            </Button>
            {roles.isFetching && (
              <Spinner animation="border" size="sm" role="status">
                <span className="visually-hidden">Loading…</span>
              </Spinner>
            )}
          </nav>
        </>
      )}
    </>
  );
}
