import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
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
import { useOrgs } from '../api/useOrgs';
import { orgSorts, type OrgSort, type OrgStatus } from '../types';
import { OrgStatusBadge } from './OrgStatusBadge';

const PAGE_SIZE = 50;

function parseSort(value: string | null): OrgSort {
  return orgSorts.find((s) => s.value === value)?.value ?? 'name';
}

function parseStatus(value: string | null): OrgStatus | '' {
  return value === 'active' || value === 'archived' ? value : '';
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function OrgsListPage() {
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const status = parseStatus(searchParams.get('status'));
  const sort = parseSort(searchParams.get('sort'));
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);

  // The box updates at typing speed; the URL (and so the query) follows once typing pauses.
  const [search, setSearch] = useDebouncedParam('q');

  const setParam = useSetSearchParam();

  const paging = useCursorStack(JSON.stringify([q, status, sort]));
  const orgs = useOrgs({ q, status, sort, cursor: paging.cursor, limit: PAGE_SIZE });
  const filtered = q !== '' || status !== '';
  const items = orgs.data?.items ?? [];
  const nextCursor = orgs.data?.nextCursor ?? null;

  return (
    <>
      <div className="d-flex align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">Organisations</h1>
        <Link to="/orgs/new" className="btn btn-primary">
          New organisation
        </Link>
      </div>

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}

      <Form role="search" aria-label="Filter organisations" onSubmit={(e) => e.preventDefault()} className="mb-3">
        <Row className="g-2">
          <Col md={6}>
            <Form.Group controlId="orgs-search">
              <Form.Label className="visually-hidden">Search organisations</Form.Label>
              <Form.Control
                type="search"
                placeholder="Search by name or slug"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </Form.Group>
          </Col>
          <Col md={3}>
            <Form.Group controlId="orgs-status">
              <Form.Label className="visually-hidden">Status</Form.Label>
              <Form.Select value={status} onChange={(e) => setParam('status', e.target.value)}>
                <option value="">All statuses</option>
                <option value="active">Active</option>
                <option value="archived">Archived</option>
              </Form.Select>
            </Form.Group>
          </Col>
          <Col md={3}>
            <Form.Group controlId="orgs-sort">
              <Form.Label className="visually-hidden">Sort by</Form.Label>
              <Form.Select value={sort} onChange={(e) => setParam('sort', e.target.value === 'name' ? '' : e.target.value)}>
                {orgSorts.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
          </Col>
        </Row>
      </Form>

      {orgs.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading organisations…</span>
          </Spinner>
        </div>
      ) : orgs.isError ? (
        <Alert variant="danger" role="alert">
          <p className="mb-2">Could not load organisations: {errorMessage(orgs.error)}</p>
          <Button variant="outline-danger" size="sm" onClick={() => orgs.refetch()}>
            Retry
          </Button>
        </Alert>
      ) : items.length === 0 && !paging.hasPrevious ? (
        filtered ? (
          <div className="text-center text-body-secondary p-5">No organisations match your search.</div>
        ) : (
          <div className="text-center p-5">
            <p className="h5">No organisations yet</p>
            <p className="text-body-secondary">Create the first client organisation to start documenting it.</p>
            <Link to="/orgs/new" className="btn btn-primary">
              Create organisation
            </Link>
          </div>
        )
      ) : (
        <>
          <Table hover responsive aria-label="Organisations" aria-busy={orgs.isFetching}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Slug</th>
                <th scope="col">Status</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {items.map((org) => (
                <tr key={org.id}>
                  <td>
                    <Link to={`/orgs/${org.id}`}>{org.name}</Link>
                  </td>
                  <td>
                    <code>{org.slug}</code>
                  </td>
                  <td>
                    <OrgStatusBadge status={org.status} />
                  </td>
                  <td>{dateFormat.format(new Date(org.updatedAt))}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <nav aria-label="Pages" className="d-flex align-items-center gap-2">
            <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || orgs.isFetching} onClick={paging.previous}>
              Previous
            </Button>
            <span className="text-body-secondary small">Page {paging.page}</span>
            <Button
              variant="outline-secondary"
              size="sm"
              disabled={!nextCursor || orgs.isFetching}
              onClick={() => nextCursor && paging.next(nextCursor)}
            >
              Next
            </Button>
            {orgs.isFetching && <Spinner animation="border" size="sm" role="status"><span className="visually-hidden">Loading…</span></Spinner>}
          </nav>
        </>
      )}
    </>
  );
}
