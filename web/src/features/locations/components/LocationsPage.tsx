import type { LocationKind } from '../../../api/types';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useCan } from '../../../auth/permissions';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { editDeleteColumn, none } from '../../../components/DataTable';
import { FlashAlert } from '../../../components/FlashAlert';
import { FilterForm, SearchField, SelectField } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { FilterBar } from '../../../components/FilterBar';
import { PagedList } from '../../../components/QueryState';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useLocationOptions, useLocations } from '../../../entities/location/useLocations';
import { useCursorStack } from '../../../lib/cursorStack';
import { nameSorts, useSortParam } from '../../../lib/useSortParam';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useDeleteLocation } from '../api/useDeleteLocation';
import type { Location } from '../types';
import { LocationForm } from './LocationForm';

const PAGE_SIZE = 50;
const kinds = ['site', 'closet'];

/** `/orgs/:orgId/locations`: the client's sites and the network closets inside them; with assets.write, create, edit and delete unused ones. */
export function LocationsPage() {
  const { orgId = '' } = useParams();
  const canWrite = useCan(orgId, 'assets.write');
  const [search, setSearch, q] = useDebouncedParam('q');
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const kindParam = searchParams.get('kind') ?? '';
  const kind = kinds.includes(kindParam) ? kindParam : '';
  const [editing, setEditing] = useState<Location | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Location | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const remove = useDeleteLocation();
  const [sort, setSort] = useSortParam(nameSorts);
  const paging = useCursorStack(JSON.stringify([orgId, q, kind, sort]));
  const locations = useLocations(orgId, { q, sort, kind: (kind || undefined) as LocationKind | undefined, cursor: paging.cursor, limit: PAGE_SIZE });
  const all = useLocationOptions(orgId);
  const sites = (all.data?.items ?? []).filter((l) => l.kind === 'site').sort((a, b) => a.name.localeCompare(b.name));
  const siteName = (id: string | null) => (id ? (sites.find((s) => s.id === id)?.name ?? 'Unknown site') : null);
  const startNew = () => {
    setFlash(null);
    setEditing('new');
  };
  const actions = editDeleteColumn<Location>((l) => `location ${l.name}`, setEditing, setDeleting);
  const name = (l: Location) => (
    <Link to={`/orgs/${orgId}/assets?location=${encodeURIComponent(l.id)}`} title="Assets at this location">
      {l.name}
    </Link>
  );
  const kindLabel = (l: Location) => (l.kind === 'closet' ? 'Closet' : 'Site');
  const address = (l: Location) => <span style={{ whiteSpace: 'pre-wrap' }}>{l.address ?? none}</span>;

  return (
    <>
      <PageHeader crumbs={orgCrumbs(orgId)} title="Locations" orgId={orgId} actions={canWrite && editing === null && <Button onClick={startNew}>New location</Button>} />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      {canWrite && editing !== null && (
        <LocationForm
          key={editing === 'new' ? 'new' : editing.id}
          orgId={orgId}
          location={editing === 'new' ? undefined : editing}
          sites={sites}
          onCancel={() => setEditing(null)}
          onSaved={(l) => {
            setFlash(editing === 'new' ? `Location “${l.name}” created.` : `Location “${l.name}” saved.`);
            setEditing(null);
          }}
        />
      )}

      <FilterBar list="locations" active={[q, kind].filter(Boolean).length}>
      <FilterForm label="Filter locations">
        <Row className="g-2">
          <Col sm={8}>
            <SearchField id="locations-search" label="Search locations" placeholder="Search by name" value={search} onChange={setSearch} />
          </Col>
          <Col sm={4}>
            <SelectField id="locations-kind" label="Kind of location" hideLabel value={kind} onChange={(e) => setParam('kind', e.target.value)}>
              <option value="">Sites and closets</option>
              <option value="site">Sites</option>
              <option value="closet">Closets</option>
            </SelectField>
          </Col>
        </Row>
      </FilterForm>
      </FilterBar>

      <PagedList
        query={locations}
        paging={paging}
        what="locations"
        pageSize={PAGE_SIZE}
        inOrg
        pagerLabel="Location pages"
        empty={q || kind ? 'No locations match your search.' : <NoLocationsYet canWrite={canWrite && editing === null} onNew={startNew} />}
      >
        {(items, busy) => (
          <ResponsiveTable
            label="Locations"
            rows={items}
            rowKey={(l) => l.id}
            busy={busy}
            sort={sort}
            onSort={setSort}
            columns={[
              { header: 'Name', sortKey: 'name', className: 'text-break', cell: name },
              { header: 'Kind', cell: kindLabel },
              { header: 'Site', cell: (l) => siteName(l.parentId) ?? none },
              { header: 'Address', className: 'text-break', cell: address },
              canWrite && actions,
            ]}
            card={(l) => ({
              title: name(l),
              details: [
                ['Kind', kindLabel(l)],
                ...(l.parentId ? [['Site', siteName(l.parentId)] as [string, string | null]] : []),
                ['Address', address(l)],
              ],
              actions: canWrite ? actions.cell(l) : undefined,
            })}
          />
        )}
      </PagedList>

      <ConfirmAction
        item={deleting}
        title="Delete location"
        confirmLabel="Delete location"
        mutation={remove}
        variables={(l) => ({ orgId, locationId: l.id, etag: l.etag })}
        onDone={(l) => setFlash(`Location “${l.name}” deleted.`)}
        onClose={() => setDeleting(null)}
      >
        {(l) => (
          <>
            Delete <strong>{l.name}</strong>? Only a location without assets or closets can be deleted.
          </>
        )}
      </ConfirmAction>
    </>
  );
}

function NoLocationsYet({ canWrite, onNew }: { canWrite: boolean; onNew: () => void }) {
  return (
    <div className="text-center p-5">
      <p className="h5">No locations yet</p>
      <p className="text-body-secondary">Add the client’s sites first, then the network closets inside them; assets and racks are placed there.</p>
      {canWrite && <Button onClick={onNew}>Add the first site</Button>}
    </div>
  );
}
