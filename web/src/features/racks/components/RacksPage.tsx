import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { usePermissions } from '../../../app/permissions';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useLocationOptions } from '../api/useLocationOptions';
import { useRacks } from '../api/useRacks';
import type { Rack } from '../types';
import { NewRackForm } from './NewRackForm';
import { RacksNav } from './RacksNav';
import { RacksTable } from './RacksTable';

/** `/orgs/:orgId/racks`: the organisation's racks with how full they are; filtered by location (server) and name. */
export function RacksPage() {
  const { orgId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const locationId = searchParams.get('location') ?? '';
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const { can } = usePermissions();
  const canWrite = can(orgId, 'assets.write');

  const racks = useRacks(orgId, locationId);
  const locations = useLocationOptions(orgId);
  const locationNames = useMemo(() => new Map((locations.data ?? []).map((l) => [l.id, l.name])), [locations.data]);
  const term = search.trim().toLowerCase();
  const items = (racks.data ?? []).filter((r) => !term || r.name.toLowerCase().includes(term));
  const notFound = isApiError(racks.error) && racks.error.status === 404;
  const forbidden = isApiError(racks.error) && racks.error.status === 403;

  function setLocation(value: string) {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set('location', value);
        else next.delete('location');
        return next;
      },
      { replace: true },
    );
  }

  function created(rack: Rack) {
    navigate(`/orgs/${orgId}/racks/${rack.id}`, { state: { flash: `Rack “${rack.name}” created.` } });
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link>
      </nav>
      <div className="d-flex align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">Racks</h1>
        {canWrite && !creating && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            New rack
          </Button>
        )}
      </div>
      <OrgTabs orgId={orgId} />
      <RacksNav orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
      {creating && <NewRackForm orgId={orgId} locations={locations.data ?? []} onCreated={created} onCancel={() => setCreating(false)} />}

      <Form role="search" aria-label="Filter racks" onSubmit={(e) => e.preventDefault()} className="mb-3">
        <Row className="g-2">
          <Col sm={6}>
            <Form.Group controlId="racks-search">
              <Form.Label className="visually-hidden">Search racks</Form.Label>
              <Form.Control type="search" placeholder="Search by name" value={search} onChange={(e) => setSearch(e.target.value)} />
            </Form.Group>
          </Col>
          <Col sm={6}>
            <Form.Group controlId="racks-location">
              <Form.Label className="visually-hidden">Filter by location</Form.Label>
              <Form.Select value={locationId} onChange={(e) => setLocation(e.target.value)}>
                <option value="">All locations</option>
                {(locations.data ?? []).map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
          </Col>
        </Row>
      </Form>

      {racks.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading racks…</span>
          </Spinner>
        </div>
      ) : racks.isError ? (
        <Alert variant={notFound || forbidden ? 'warning' : 'danger'} role="alert">
          {notFound ? (
            <p className="mb-0">This organisation does not exist or you cannot access it.</p>
          ) : forbidden ? (
            <p className="mb-0">You do not have permission to see racks: {errorMessage(racks.error)}</p>
          ) : (
            <>
              <p className="mb-2">Could not load racks: {errorMessage(racks.error)}</p>
              <Button variant="outline-danger" size="sm" onClick={() => racks.refetch()}>
                Retry
              </Button>
            </>
          )}
        </Alert>
      ) : items.length === 0 ? (
        <div className="text-center text-body-secondary p-5">
          {term || locationId ? 'No racks match your filters.' : 'This organisation has no racks yet.'}
        </div>
      ) : (
        <RacksTable orgId={orgId} racks={items} locationNames={locationNames} busy={racks.isFetching} />
      )}
    </>
  );
}
