import type { LocationKind } from '../../../api/types';
import { useState } from 'react';
import { Link } from 'react-router';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { DataTable, editDeleteColumn, none } from '../../../components/DataTable';
import { FilterForm, SearchField, SelectField } from '../../../components/FormFields';
import { PagedList } from '../../../components/QueryState';
import { useLocationOptions, useLocations } from '../../../entities/location/useLocations';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useDeleteLocation } from '../api/useDeleteLocation';
import type { Location } from '../types';
import { DirectorySection } from './DirectorySection';
import { LocationForm } from './LocationForm';

const PAGE_SIZE = 50;

/** Sites and the network closets inside them: searchable, paged; with assets.write, create, edit and delete unused ones. */
export function LocationsSection({ orgId, canWrite }: { orgId: string; canWrite: boolean }) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const [kind, setKind] = useState('');
  const [editing, setEditing] = useState<Location | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Location | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const remove = useDeleteLocation();
  const paging = useCursorStack(JSON.stringify([orgId, q, kind]));
  const locations = useLocations(orgId, { q, kind: (kind || undefined) as LocationKind | undefined, cursor: paging.cursor, limit: PAGE_SIZE });
  const all = useLocationOptions(orgId);
  const sites = (all.data?.items ?? []).filter((l) => l.kind === 'site').sort((a, b) => a.name.localeCompare(b.name));
  const siteName = (id: string | null) => (id ? (sites.find((s) => s.id === id)?.name ?? 'Unknown site') : null);

  return (
    <DirectorySection
      id="directory-locations"
      title="Locations"
      newLabel="New location"
      canCreate={canWrite && editing === null}
      onNew={() => setEditing('new')}
      flash={flash}
      onFlashClose={() => setFlash(null)}
    >
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

      <FilterForm label="Filter locations">
        <Row className="g-2">
          <Col sm={8}>
            <SearchField id="locations-search" label="Search locations" placeholder="Search by name" value={search} onChange={setSearch} />
          </Col>
          <Col sm={4}>
            <SelectField id="locations-kind" label="Kind of location" hideLabel value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">Sites and closets</option>
              <option value="site">Sites</option>
              <option value="closet">Closets</option>
            </SelectField>
          </Col>
        </Row>
      </FilterForm>

      <PagedList
        query={locations}
        paging={paging}
        what="locations"
        inline
        pagerLabel="Location pages"
        empty={q || kind ? 'No locations match your search.' : 'No locations yet. Add a site first, then its closets.'}
      >
        {(items, busy) => (
          <DataTable
            label="Locations"
            rows={items}
            rowKey={(l) => l.id}
            busy={busy}
            columns={[
              {
                header: 'Name',
                className: 'text-break',
                cell: (l) => (
                  <Link to={`/orgs/${orgId}/assets?location=${encodeURIComponent(l.id)}`} title="Assets at this location">
                    {l.name}
                  </Link>
                ),
              },
              { header: 'Kind', cell: (l) => (l.kind === 'closet' ? 'Closet' : 'Site') },
              { header: 'Site', cell: (l) => siteName(l.parentId) ?? none },
              { header: 'Address', className: 'text-break', cell: (l) => <span style={{ whiteSpace: 'pre-wrap' }}>{l.address ?? none}</span> },
              canWrite && editDeleteColumn<Location>((l) => `location ${l.name}`, setEditing, setDeleting),
            ]}
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
    </DirectorySection>
  );
}
