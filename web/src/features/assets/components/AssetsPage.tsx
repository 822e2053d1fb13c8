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
import { useAssets } from '../api/useAssets';
import { useAssetTypes } from '../api/useAssetTypes';
import { useContactOptions } from '../api/useContactOptions';
import { useLocationOptions } from '../api/useLocationOptions';
import { useColumnChoice } from '../columns';
import { assetSorts, assetStatuses, type AssetSort } from '../types';
import { AssetsNav } from './AssetsNav';
import { AssetsTable } from './AssetsTable';
import { ColumnChooser } from './ColumnChooser';
import { ExportAssetsButton } from './ExportAssetsButton';
import { ImportAssetsModal } from './ImportAssetsModal';
import { Pager } from './Pager';
import { LocationOptions, TypeOptions } from './SelectOptions';

const PAGE_SIZE = 50;

function parseSort(value: string | null): AssetSort {
  return assetSorts.find((s) => s.value === value)?.value ?? 'name';
}

/** A new asset starts with the type and location being filtered on. */
function newAssetQuery(type: string, locationId: string): string {
  const query = new URLSearchParams();
  if (type) query.set('type', type);
  if (locationId) query.set('location', locationId);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** `/orgs/:orgId/assets`: the organisation's assets, filtered and sorted by URL parameters, with a per-organisation column choice. */
export function AssetsPage() {
  const { orgId = '' } = useParams();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const [search, setSearch, q] = useDebouncedParam('q');
  const [tagInput, setTagInput, tag] = useDebouncedParam('tag');
  const type = searchParams.get('type') ?? '';
  const status = searchParams.get('status') ?? '';
  const locationId = searchParams.get('location') ?? '';
  const warrantyBefore = searchParams.get('warrantyBefore') ?? '';
  const sort = parseSort(searchParams.get('sort'));
  const { can } = usePermissions();
  const canWrite = can(orgId, 'assets.write');
  const [importing, setImporting] = useState(false);
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const columns = useColumnChoice(orgId);
  const types = useAssetTypes(orgId);
  const locations = useLocationOptions(orgId);
  const contacts = useContactOptions(orgId);

  const setParam = useSetSearchParam();

  function clearFilters() {
    // The debounced boxes clear their own parameters once their value settles.
    setSearch('');
    setTagInput('');
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const name of ['type', 'status', 'location', 'warrantyBefore']) next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  const filters = { q, type, status, locationId, tag, warrantyBefore };
  const paging = useCursorStack(JSON.stringify([orgId, filters, sort]));
  const assets = useAssets(orgId, { ...filters, sort, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = assets.data?.items ?? [];
  const nextCursor = assets.data?.nextCursor ?? null;
  const notFound = isApiError(assets.error) && assets.error.status === 404;
  const forbidden = isApiError(assets.error) && assets.error.status === 403;
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link>
      </nav>
      <div className="d-flex flex-wrap gap-2 align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">Assets</h1>
        <div className="d-flex gap-2 align-items-start">
          <ExportAssetsButton orgId={orgId} filters={filters} />
          {canWrite && (
            <>
              <Button variant="outline-secondary" onClick={() => setImporting(true)}>
                Import CSV
              </Button>
              <Link to={`/orgs/${orgId}/assets/new${newAssetQuery(type, locationId)}`} className="btn btn-primary">
                New asset
              </Link>
            </>
          )}
        </div>
      </div>
      {importing && <ImportAssetsModal orgId={orgId} onClose={() => setImporting(false)} />}
      <OrgTabs orgId={orgId} />
      <AssetsNav orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}

      <Form role="search" aria-label="Filter assets" onSubmit={(e) => e.preventDefault()} className="mb-3">
        <Row className="g-2 align-items-end">
          <Col md={4}>
            <Form.Group controlId="assets-search">
              <Form.Label className="small mb-1">Search assets</Form.Label>
              <Form.Control type="search" placeholder="Name, serial, manufacturer, model or MAC" value={search} onChange={(e) => setSearch(e.target.value)} />
            </Form.Group>
          </Col>
          <Col sm={6} md={2}>
            <Form.Group controlId="assets-type">
              <Form.Label className="small mb-1">Type</Form.Label>
              <Form.Select value={type} onChange={(e) => setParam('type', e.target.value)}>
                <option value="">All types</option>
                <TypeOptions types={types.data} />
              </Form.Select>
            </Form.Group>
          </Col>
          <Col sm={6} md={2}>
            <Form.Group controlId="assets-status">
              <Form.Label className="small mb-1">Status</Form.Label>
              <Form.Select value={status} onChange={(e) => setParam('status', e.target.value)}>
                <option value="">Any status</option>
                {assetStatuses.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
          </Col>
          <Col sm={6} md={4}>
            <Form.Group controlId="assets-location">
              <Form.Label className="small mb-1">Location</Form.Label>
              <Form.Select value={locationId} onChange={(e) => setParam('location', e.target.value)}>
                <option value="">Any location</option>
                <LocationOptions locations={locations.data?.items} />
              </Form.Select>
            </Form.Group>
          </Col>
          <Col sm={6} md={3}>
            <Form.Group controlId="assets-tag">
              <Form.Label className="small mb-1">Tag</Form.Label>
              <Form.Control type="search" value={tagInput} onChange={(e) => setTagInput(e.target.value)} />
            </Form.Group>
          </Col>
          <Col sm={6} md={3}>
            <Form.Group controlId="assets-warranty-before">
              <Form.Label className="small mb-1">Warranty ends before</Form.Label>
              <Form.Control type="date" value={warrantyBefore} onChange={(e) => setParam('warrantyBefore', e.target.value)} />
            </Form.Group>
          </Col>
          <Col sm={6} md={3}>
            <Form.Group controlId="assets-sort">
              <Form.Label className="small mb-1">Sort by</Form.Label>
              <Form.Select value={sort} onChange={(e) => setParam('sort', e.target.value === 'name' ? '' : e.target.value)}>
                {assetSorts.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
          </Col>
          <Col sm={6} md={3}>
            {filtered && (
              <Button variant="outline-secondary" onClick={clearFilters}>
                Clear filters
              </Button>
            )}
          </Col>
        </Row>
      </Form>

      <ColumnChooser shows={columns.shows} onToggle={columns.toggle} onReset={columns.reset} />

      {assets.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading assets…</span>
          </Spinner>
        </div>
      ) : assets.isError ? (
        <Alert variant={notFound || forbidden ? 'warning' : 'danger'} role="alert">
          {notFound ? (
            <p className="mb-0">This organisation does not exist or you cannot access it.</p>
          ) : forbidden ? (
            <p className="mb-0">You do not have permission to see the assets: {errorMessage(assets.error)}</p>
          ) : (
            <>
              <p className="mb-2">Could not load assets: {errorMessage(assets.error)}</p>
              <Button variant="outline-danger" size="sm" onClick={() => assets.refetch()}>
                Retry
              </Button>
            </>
          )}
        </Alert>
      ) : items.length === 0 && !paging.hasPrevious ? (
        <div className="text-center text-body-secondary p-5">{filtered ? 'No assets match your filters.' : 'This organisation has no assets yet.'}</div>
      ) : (
        <>
          <AssetsTable
            orgId={orgId}
            assets={items}
            shows={columns.shows}
            types={types.data}
            locations={locations.data?.items}
            contacts={contacts.data?.items}
            busy={assets.isFetching}
            onTag={setTagInput}
          />
          <Pager
            page={paging.page}
            hasPrevious={paging.hasPrevious}
            nextCursor={nextCursor}
            busy={assets.isFetching}
            onPrevious={paging.previous}
            onNext={paging.next}
          />
        </>
      )}
    </>
  );
}
