import { useState } from 'react';
import { Link } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import Table from 'react-bootstrap/Table';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage } from '../../../lib/problem';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useDeleteLocation } from '../api/useDeleteLocation';
import { useLocationOptions } from '../api/useLocationOptions';
import { useLocations } from '../api/useLocations';
import type { Location } from '../types';
import { ConfirmModal } from './ConfirmModal';
import { LocationForm } from './LocationForm';
import { Pager } from './Pager';

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
  const locations = useLocations(orgId, { q, kind, cursor: paging.cursor, limit: PAGE_SIZE });
  const all = useLocationOptions(orgId);
  const sites = (all.data?.items ?? []).filter((l) => l.kind === 'site').sort((a, b) => a.name.localeCompare(b.name));
  const items = locations.data?.items ?? [];
  const siteName = (id: string | null) => (id ? (sites.find((s) => s.id === id)?.name ?? 'Unknown site') : null);

  return (
    <section aria-labelledby="directory-locations">
      <div className="d-flex align-items-center justify-content-between mb-2">
        <h2 id="directory-locations" className="h5 mb-0">
          Locations
        </h2>
        {canWrite && editing === null && (
          <Button
            size="sm"
            onClick={() => {
              setFlash(null);
              setEditing('new');
            }}
          >
            New location
          </Button>
        )}
      </div>
      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
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

      <Form role="search" aria-label="Filter locations" onSubmit={(e) => e.preventDefault()} className="mb-3">
        <Row className="g-2">
          <Col sm={8}>
            <Form.Group controlId="locations-search">
              <Form.Label className="visually-hidden">Search locations</Form.Label>
              <Form.Control type="search" placeholder="Search by name" value={search} onChange={(e) => setSearch(e.target.value)} />
            </Form.Group>
          </Col>
          <Col sm={4}>
            <Form.Group controlId="locations-kind">
              <Form.Label className="visually-hidden">Kind of location</Form.Label>
              <Form.Select value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">Sites and closets</option>
                <option value="site">Sites</option>
                <option value="closet">Closets</option>
              </Form.Select>
            </Form.Group>
          </Col>
        </Row>
      </Form>

      {locations.isPending ? (
        <Spinner animation="border" role="status">
          <span className="visually-hidden">Loading locations…</span>
        </Spinner>
      ) : locations.isError ? (
        <Alert variant="danger" role="alert">
          <p className="mb-2">Could not load locations: {errorMessage(locations.error)}</p>
          <Button variant="outline-danger" size="sm" onClick={() => locations.refetch()}>
            Retry
          </Button>
        </Alert>
      ) : items.length === 0 && !paging.hasPrevious ? (
        <div className="text-center text-body-secondary p-4">{q || kind ? 'No locations match your search.' : 'No locations yet. Add a site first, then its closets.'}</div>
      ) : (
        <>
          <Table responsive hover aria-label="Locations" aria-busy={locations.isFetching} className="align-middle">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Site</th>
                <th scope="col">Address</th>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((l) => (
                <tr key={l.id}>
                  <td className="text-break">
                    <Link to={`/orgs/${orgId}/assets?location=${encodeURIComponent(l.id)}`} title="Assets at this location">
                      {l.name}
                    </Link>
                  </td>
                  <td>{l.kind === 'closet' ? 'Closet' : 'Site'}</td>
                  <td>{siteName(l.parentId) ?? <span className="text-body-secondary">—</span>}</td>
                  <td className="text-break" style={{ whiteSpace: 'pre-wrap' }}>
                    {l.address ?? <span className="text-body-secondary">—</span>}
                  </td>
                  {canWrite && (
                    <td className="text-end text-nowrap">
                      <Button variant="link" size="sm" aria-label={`Edit location ${l.name}`} onClick={() => setEditing(l)}>
                        Edit
                      </Button>
                      <Button variant="outline-danger" size="sm" aria-label={`Delete location ${l.name}`} onClick={() => setDeleting(l)}>
                        Delete
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            label="Location pages"
            page={paging.page}
            hasPrevious={paging.hasPrevious}
            nextCursor={locations.data?.nextCursor ?? null}
            busy={locations.isFetching}
            onPrevious={paging.previous}
            onNext={paging.next}
          />
        </>
      )}

      {deleting && (
        <ConfirmModal
          title="Delete location"
          confirmLabel="Delete location"
          pending={remove.isPending}
          error={remove.error}
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
          onConfirm={() =>
            remove.mutate(
              { orgId, locationId: deleting.id },
              {
                onSuccess: () => {
                  setFlash(`Location “${deleting.name}” deleted.`);
                  setDeleting(null);
                },
              },
            )
          }
        >
          Delete <strong>{deleting.name}</strong>? Only a location without assets or closets can be deleted.
        </ConfirmModal>
      )}
    </section>
  );
}
