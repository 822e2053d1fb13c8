import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { usePermissions } from '../../../app/permissions';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useElevation } from '../api/useElevation';
import { useLocationOptions } from '../api/useLocationOptions';
import { unitRange } from '../elevation';
import type { Face, Placement } from '../types';
import { MountAssetModal } from './MountAssetModal';
import { RackElevation } from './RackElevation';
import { RacksNav } from './RacksNav';
import { RemovePlacementModal } from './RemovePlacementModal';
import { UsageBar } from './UsageBar';

/** `/orgs/:orgId/racks/:rackId`: the rack's elevation; empty units mount an asset, placed ones can be removed. */
export function RackPage() {
  const { orgId = '', rackId = '' } = useParams();
  const location = useLocation();
  const { can } = usePermissions();
  const canWrite = can(orgId, 'assets.write');
  const elevation = useElevation(orgId, rackId);
  const locations = useLocationOptions(orgId);
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [mountAt, setMountAt] = useState<{ u: number; face: Face } | null>(null);
  const [removing, setRemoving] = useState<Placement | null>(null);
  const rack = elevation.data?.rack;
  const rackLocation = rack?.locationId ? locations.data?.find((l) => l.id === rack.locationId)?.name : undefined;
  const notFound = isApiError(elevation.error) && elevation.error.status === 404;
  const forbidden = isApiError(elevation.error) && elevation.error.status === 403;

  function mounted(placement: Placement) {
    setMountAt(null);
    setFlash(`Mounted “${placement.assetName}” at ${unitRange(placement.positionU, placement.heightU)} (${placement.face}).`);
  }

  function removed() {
    if (removing) setFlash(`Removed “${removing.assetName}” from the rack.`);
    setRemoving(null);
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> / <Link to={`/orgs/${orgId}/racks`}>Racks</Link>
      </nav>
      <div className="d-flex align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">{rack?.name ?? 'Rack'}</h1>
        {canWrite && rack && (
          <Button variant="primary" onClick={() => setMountAt({ u: 1, face: 'front' })}>
            Mount an asset
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

      {elevation.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading the rack…</span>
          </Spinner>
        </div>
      ) : elevation.isError ? (
        <Alert variant={notFound || forbidden ? 'warning' : 'danger'} role="alert">
          {notFound ? (
            <p className="mb-0">This rack does not exist or you cannot access it.</p>
          ) : forbidden ? (
            <p className="mb-0">You do not have permission to see racks: {errorMessage(elevation.error)}</p>
          ) : (
            <>
              <p className="mb-2">Could not load the rack: {errorMessage(elevation.error)}</p>
              <Button variant="outline-danger" size="sm" onClick={() => elevation.refetch()}>
                Retry
              </Button>
            </>
          )}
        </Alert>
      ) : (
        <Row>
          <Col lg={4} className="mb-4">
            <dl className="mb-0">
              <dt>Height</dt>
              <dd>{Number(elevation.data.rack.heightU)} U</dd>
              <dt>Used</dt>
              <dd>
                <UsageBar usedU={elevation.data.rack.usedU} heightU={elevation.data.rack.heightU} />
              </dd>
              {rackLocation && (
                <>
                  <dt>Location</dt>
                  <dd>{rackLocation}</dd>
                </>
              )}
              {elevation.data.rack.notes && (
                <>
                  <dt>Notes</dt>
                  <dd className="text-break">{elevation.data.rack.notes}</dd>
                </>
              )}
            </dl>
            {canWrite && <p className="small text-body-secondary mt-3">Click an empty unit (+) to mount an asset there.</p>}
          </Col>
          <Col lg={8}>
            <RackElevation
              orgId={orgId}
              elevation={elevation.data}
              canWrite={canWrite}
              onMount={(u, face) => setMountAt({ u, face })}
              onRemove={setRemoving}
            />
          </Col>
        </Row>
      )}

      {mountAt && rack && (
        <MountAssetModal
          key={`${mountAt.u}-${mountAt.face}`}
          orgId={orgId}
          rackId={rackId}
          rackHeightU={Number(rack.heightU)}
          positionU={mountAt.u}
          face={mountAt.face}
          onClose={() => setMountAt(null)}
          onMounted={mounted}
        />
      )}
      {removing && <RemovePlacementModal orgId={orgId} rackId={rackId} placement={removing} onClose={() => setRemoving(null)} onRemoved={removed} />}
    </>
  );
}
