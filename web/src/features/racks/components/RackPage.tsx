import { useState } from 'react';
import { useParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useCan } from '../../../auth/permissions';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useLocationOptions } from '../../../entities/location/useLocations';
import { hasStatus } from '../../../lib/problem';
import { useFlash } from '../../../lib/useFlash';
import { useElevation } from '../api/useElevation';
import { useRemovePlacement } from '../api/useRemovePlacement';
import { unitRange } from '../elevation';
import type { Face, Placement } from '../types';
import { MountAssetModal } from './MountAssetModal';
import { RackElevation } from './RackElevation';
import { RacksNav } from './RacksNav';
import { FloorPlansOfItem } from '../../../entities/floorPlan/FloorPlansOfItem';
import { UsageBar } from './UsageBar';

/** `/orgs/:orgId/racks/:rackId`: the rack's elevation; empty units mount an asset, placed ones can be removed. */
export function RackPage() {
  const { orgId = '', rackId = '' } = useParams();
  const canWrite = useCan(orgId, 'assets.write');
  const elevation = useElevation(orgId, rackId);
  const locations = useLocationOptions(orgId);
  const remove = useRemovePlacement();
  const [flash, setFlash] = useFlash();
  const [mountAt, setMountAt] = useState<{ u: number; face: Face } | null>(null);
  const [removing, setRemoving] = useState<Placement | null>(null);
  const rack = elevation.data?.rack;
  const rackLocation = rack?.locationId ? locations.data?.items.find((l) => l.id === rack.locationId)?.name : undefined;

  function mounted(placement: Placement) {
    setMountAt(null);
    setFlash(`Mounted “${placement.assetName}” at ${unitRange(placement.positionU, placement.heightU)} (${placement.face}).`);
  }

  function closeRemove() {
    if (hasStatus(remove.error, 412)) void elevation.refetch();
    remove.reset();
    setRemoving(null);
  }

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId, { to: `/orgs/${orgId}/racks`, label: 'Racks' })}
        title={rack?.name ?? 'Rack'}
        orgId={orgId}
        actions={
          canWrite &&
          rack && (
            <Button variant="primary" onClick={() => setMountAt({ u: 1, face: 'front' })}>
              Mount an asset
            </Button>
          )
        }
      />
      <RacksNav orgId={orgId} />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      <QueryState
        query={elevation}
        what="the rack"
        notFound="This rack does not exist or you cannot access it."
        forbidden="You do not have permission to see racks"
      >
        {(data) => (
          <Row>
            <Col lg={4} className="mb-4">
              <dl className="mb-0">
                <dt>Height</dt>
                <dd>{Number(data.rack.heightU)} U</dd>
                <dt>Used</dt>
                <dd>
                  <UsageBar usedU={data.rack.usedU} heightU={data.rack.heightU} />
                </dd>
                {rackLocation && (
                  <>
                    <dt>Location</dt>
                    <dd>{rackLocation}</dd>
                  </>
                )}
                {data.rack.notes && (
                  <>
                    <dt>Notes</dt>
                    <dd className="text-break">{data.rack.notes}</dd>
                  </>
                )}
              </dl>
              {canWrite && <p className="small text-body-secondary mt-3">Click an empty unit (+) to mount an asset there.</p>}
              <div className="mt-3">
                <FloorPlansOfItem orgId={orgId} rackId={data.rack.id} />
              </div>
            </Col>
            <Col lg={8}>
              <RackElevation orgId={orgId} elevation={data} canWrite={canWrite} onMount={(u, face) => setMountAt({ u, face })} onRemove={setRemoving} />
            </Col>
          </Row>
        )}
      </QueryState>

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
      {removing && (
        <ConfirmDialog
          title="Remove from rack"
          confirmLabel="Remove"
          pending={remove.isPending}
          error={remove.error}
          conflict="This placement was changed by someone else since the rack was loaded, so nothing was removed. Close this dialog to see the rack as it is now."
          onClose={closeRemove}
          onConfirm={() =>
            remove.mutate(
              { orgId, rackId, placementId: removing.id, etag: removing.etag },
              {
                onSuccess: () => {
                  setFlash(`Removed “${removing.assetName}” from the rack.`);
                  closeRemove();
                },
              },
            )
          }
        >
          Remove <strong>{removing.assetName}</strong> from {unitRange(removing.positionU, removing.heightU)}? The asset itself is kept.
        </ConfirmDialog>
      )}
    </>
  );
}
