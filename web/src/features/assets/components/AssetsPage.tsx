import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useCan } from '../../../auth/permissions';
import { FilterBar } from '../../../components/FilterBar';
import { FlashAlert } from '../../../components/FlashAlert';
import { FilterForm, SelectField, TextField } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { useAssets } from '../../../entities/asset/useAssets';
import { useLocationOptions } from '../../../entities/location/useLocations';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useFlash } from '../../../lib/useFlash';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useSortParam } from '../../../lib/useSortParam';
import { useAssetTypes } from '../api/useAssetTypes';
import { useContactOptions } from '../../../entities/contact/useContacts';
import { useColumnChoice } from '../columns';
import { assetSorts, assetStatuses } from '../types';
import { AssetsNav } from './AssetsNav';
import { AssetsTable } from './AssetsTable';
import { ColumnChooser } from './ColumnChooser';
import { ExportAssetsButton } from './ExportAssetsButton';
import { ImportAssetsModal } from './ImportAssetsModal';
import { LocationOptions, TypeOptions } from './SelectOptions';

const PAGE_SIZE = 50;

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
  const [searchParams, setSearchParams] = useSearchParams();
  const [search, setSearch, q] = useDebouncedParam('q');
  const [tagInput, setTagInput, tag] = useDebouncedParam('tag');
  const type = searchParams.get('type') ?? '';
  const status = searchParams.get('status') ?? '';
  const locationId = searchParams.get('location') ?? '';
  const warrantyBefore = searchParams.get('warrantyBefore') ?? '';
  const canWrite = useCan(orgId, 'assets.write');
  const [importing, setImporting] = useState(false);
  const [flash, setFlash] = useFlash();
  const columns = useColumnChoice(orgId);
  const types = useAssetTypes(orgId);
  const locations = useLocationOptions(orgId);
  const contacts = useContactOptions(orgId);

  const setParam = useSetSearchParam();
  const [sort, setSort] = useSortParam(assetSorts);

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
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId)}
        title="Assets"
        orgId={orgId}
        actions={
          <>
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
          </>
        }
      />
      {importing && <ImportAssetsModal orgId={orgId} onClose={() => setImporting(false)} />}
      <AssetsNav orgId={orgId} />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      <FilterBar list="assets" active={Object.values(filters).filter(Boolean).length}>
      <FilterForm label="Filter assets">
        <Row className="g-2 align-items-end">
          <Col md={4}>
            <TextField
              id="assets-search"
              label="Search assets"
              compactLabel
              type="search"
              placeholder="Name, serial, manufacturer, model or MAC"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </Col>
          <Col sm={6} md={2}>
            <SelectField id="assets-type" label="Type" compactLabel value={type} onChange={(e) => setParam('type', e.target.value)}>
              <option value="">All types</option>
              <TypeOptions types={types.data} />
            </SelectField>
          </Col>
          <Col sm={6} md={2}>
            <SelectField id="assets-status" label="Status" compactLabel value={status} onChange={(e) => setParam('status', e.target.value)} options={assetStatuses}>
              <option value="">Any status</option>
            </SelectField>
          </Col>
          <Col sm={6} md={4}>
            <SelectField id="assets-location" label="Location" compactLabel value={locationId} onChange={(e) => setParam('location', e.target.value)}>
              <option value="">Any location</option>
              <LocationOptions locations={locations.data?.items} />
            </SelectField>
          </Col>
          <Col sm={6} md={3}>
            <TextField id="assets-tag" label="Tag" compactLabel type="search" value={tagInput} onChange={(e) => setTagInput(e.target.value)} />
          </Col>
          <Col sm={6} md={3}>
            <TextField
              id="assets-warranty-before"
              label="Warranty ends before"
              compactLabel
              type="date"
              value={warrantyBefore}
              onChange={(e) => setParam('warrantyBefore', e.target.value)}
            />
          </Col>
          <Col sm={6} md={3}>
            <SelectField
              id="assets-sort"
              label="Sort by"
              compactLabel
              value={sort}
              onChange={(e) => setSort(e.target.value)}
              options={assetSorts}
            />
          </Col>
          <Col sm={6} md={3}>
            {filtered && (
              <Button variant="outline-secondary" onClick={clearFilters}>
                Clear filters
              </Button>
            )}
          </Col>
        </Row>
      </FilterForm>
      </FilterBar>

      <ColumnChooser shows={columns.shows} onToggle={columns.toggle} onReset={columns.reset} />

      <PagedList
        query={assets}
        paging={paging}
        what="assets"
        pageSize={PAGE_SIZE}
        inOrg
        empty={filtered ? 'No assets match your filters.' : 'This organisation has no assets yet.'}
      >
        {(items, busy) => (
          <AssetsTable
            orgId={orgId}
            assets={items}
            shows={columns.shows}
            types={types.data}
            locations={locations.data?.items}
            contacts={contacts.data?.items}
            busy={busy}
            onTag={setTagInput}
            sort={sort}
            onSort={setSort}
          />
        )}
      </PagedList>
    </>
  );
}
