import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { usePermissions } from '../../../app/permissions';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useCredentials } from '../api/useCredentials';
import { credentialSorts, type CredentialSort } from '../types';
import { CredentialsTable } from './CredentialsTable';
import { FolderList } from './FolderList';

const PAGE_SIZE = 50;

function parseSort(value: string | null): CredentialSort {
  return credentialSorts.find((s) => s.value === value)?.value ?? 'name';
}

/** `/orgs/:orgId/vault`: the organisation's credentials by folder, searchable; secrets are only named here. */
export function VaultPage() {
  const { orgId = '' } = useParams();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const folderId = searchParams.get('folder') ?? '';
  const sort = parseSort(searchParams.get('sort'));
  const [search, setSearch, q] = useDebouncedParam('q');
  const [tagInput, setTagInput, tag] = useDebouncedParam('tag');
  const { can } = usePermissions();
  const canWrite = can(orgId, 'vault.write');
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);

  const setParam = useSetSearchParam();

  const paging = useCursorStack(JSON.stringify([orgId, q, folderId, tag, sort]));
  const credentials = useCredentials(orgId, { q, folderId, tag, sort, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = credentials.data?.items ?? [];
  const nextCursor = credentials.data?.nextCursor ?? null;
  const notFound = isApiError(credentials.error) && credentials.error.status === 404;
  const forbidden = isApiError(credentials.error) && credentials.error.status === 403;
  const filtered = Boolean(q || tag || folderId);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link>
      </nav>
      <div className="d-flex align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">Vault</h1>
        {canWrite && (
          <Link to={`/orgs/${orgId}/vault/new${folderId ? `?folder=${encodeURIComponent(folderId)}` : ''}`} className="btn btn-primary">
            New credential
          </Link>
        )}
      </div>
      <OrgTabs orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}

      <Row>
        <Col md={3} className="mb-4">
          <FolderList orgId={orgId} selected={folderId} onSelect={(id) => setParam('folder', id)} canWrite={canWrite} />
        </Col>
        <Col md={9}>
          <Form role="search" aria-label="Filter credentials" onSubmit={(e) => e.preventDefault()} className="mb-3">
            <Row className="g-2">
              <Col sm={6}>
                <Form.Group controlId="vault-search">
                  <Form.Label className="visually-hidden">Search credentials</Form.Label>
                  <Form.Control type="search" placeholder="Search by name, username or URL" value={search} onChange={(e) => setSearch(e.target.value)} />
                </Form.Group>
              </Col>
              <Col sm={3}>
                <Form.Group controlId="vault-tag">
                  <Form.Label className="visually-hidden">Filter by tag</Form.Label>
                  <Form.Control type="search" placeholder="Tag" value={tagInput} onChange={(e) => setTagInput(e.target.value)} />
                </Form.Group>
              </Col>
              <Col sm={3}>
                <Form.Group controlId="vault-sort">
                  <Form.Label className="visually-hidden">Sort credentials by</Form.Label>
                  <Form.Select value={sort} onChange={(e) => setParam('sort', e.target.value === 'name' ? '' : e.target.value)}>
                    {credentialSorts.map((s) => (
                      <option key={s.value} value={s.value}>
                        {s.label}
                      </option>
                    ))}
                  </Form.Select>
                </Form.Group>
              </Col>
            </Row>
          </Form>

          {credentials.isPending ? (
            <div className="d-flex justify-content-center p-5">
              <Spinner animation="border" role="status">
                <span className="visually-hidden">Loading credentials…</span>
              </Spinner>
            </div>
          ) : credentials.isError ? (
            <Alert variant={notFound || forbidden ? 'warning' : 'danger'} role="alert">
              {notFound ? (
                <p className="mb-0">This organisation does not exist or you cannot access it.</p>
              ) : forbidden ? (
                <p className="mb-0">You do not have permission to see the vault: {errorMessage(credentials.error)}</p>
              ) : (
                <>
                  <p className="mb-2">Could not load credentials: {errorMessage(credentials.error)}</p>
                  <Button variant="outline-danger" size="sm" onClick={() => credentials.refetch()}>
                    Retry
                  </Button>
                </>
              )}
            </Alert>
          ) : items.length === 0 && !paging.hasPrevious ? (
            <div className="text-center text-body-secondary p-5">
              {filtered ? 'No credentials match your filters.' : 'The vault has no credentials yet.'}
            </div>
          ) : (
            <>
              <CredentialsTable orgId={orgId} credentials={items} busy={credentials.isFetching} onTag={setTagInput} />
              <nav aria-label="Pages" className="d-flex align-items-center gap-2">
                <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || credentials.isFetching} onClick={paging.previous}>
                  Previous
                </Button>
                <span className="text-body-secondary small">Page {paging.page}</span>
                <Button
                  variant="outline-secondary"
                  size="sm"
                  disabled={!nextCursor || credentials.isFetching}
                  onClick={() => nextCursor && paging.next(nextCursor)}
                >
                  Next
                </Button>
                {credentials.isFetching && (
                  <Spinner animation="border" size="sm" role="status">
                    <span className="visually-hidden">Loading…</span>
                  </Spinner>
                )}
              </nav>
            </>
          )}
        </Col>
      </Row>
    </>
  );
}
