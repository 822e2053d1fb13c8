import { Link } from 'react-router';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import { UNIT_PX, faceCells, faceLabels, unitRange, type FaceCell } from '../elevation';
import type { Elevation, ElevationPanel, Face, Placement } from '../types';

export interface RackElevationProps {
  orgId: string;
  elevation: Elevation;
  canWrite: boolean;
  /** An empty unit was clicked: mount an asset there. */
  onMount: (u: number, face: Face) => void;
  onRemove: (placement: Placement) => void;
}

const faces: Face[] = ['front', 'rear'];

/** Port squares drawn per panel; a larger panel shows this many and its count in words. */
const MAX_SQUARES = 48;

function panelDescription(panel: ElevationPanel): string {
  return `Patch panel ${panel.name} · ${unitRange(panel.positionU, panel.heightU)} · ${Number(panel.portCount)} ports, ${Number(panel.connectedPorts)} connected`;
}

/**
 * A patch panel in the elevation: a grey block with its name (a link to the patch panels page, filtered to it), a row
 * of small port squares and the port count, so it reads as a panel and not as a device.
 */
function PanelBlock({ orgId, panel, span }: { orgId: string; panel: ElevationPanel | undefined; span: number }) {
  const ports = Number(panel?.portCount ?? 0);
  return (
    <div
      className="d-flex align-items-center gap-1 h-100 px-1 border border-secondary rounded-1 lh-1 bg-secondary-subtle"
      style={{ minHeight: `${span * UNIT_PX - 1}px`, fontSize: '0.7rem' }}
      title={panel ? panelDescription(panel) : undefined}
    >
      {panel ? (
        <Link
          to={`/orgs/${orgId}/racks/panels?q=${encodeURIComponent(panel.name)}`}
          className="fw-semibold text-truncate flex-shrink-0"
          style={{ maxWidth: '45%' }}
          aria-label={panelDescription(panel)}
        >
          {panel.name}
        </Link>
      ) : (
        <span className="fw-semibold">Patch panel</span>
      )}
      <span aria-hidden="true" className="d-flex flex-wrap flex-grow-1 overflow-hidden align-content-center" style={{ gap: '1px', maxHeight: `${span * UNIT_PX - 4}px` }}>
        {Array.from({ length: Math.min(ports, MAX_SQUARES) }, (_, i) => (
          <span key={i} className="d-block border border-secondary bg-body flex-shrink-0" style={{ width: '5px', height: '5px' }} />
        ))}
      </span>
      {panel && <span className="text-body-secondary text-nowrap flex-shrink-0">{ports} ports</span>}
    </div>
  );
}

/**
 * The rack drawn as a table, one row per unit from the top: the front and rear side by side, each placement a cell
 * spanning its height. A full-depth device shows on both faces; only the face it is mounted on offers removal. Patch
 * panels with a position are drawn on their face as grey blocks with port squares.
 */
export function RackElevation({ orgId, elevation, canWrite, onMount, onRemove }: RackElevationProps) {
  const columns = faces.map((face) => faceCells(elevation.units, elevation.placements, face, elevation.panels));

  function cell(c: FaceCell, face: Face) {
    if (c.kind === 'covered') return null;
    if (c.kind === 'panel') {
      return (
        <td key={face} rowSpan={c.span} className="p-0" data-panel={c.panelId}>
          <PanelBlock orgId={orgId} panel={c.panel} span={c.span} />
        </td>
      );
    }
    if (c.kind === 'empty') {
      return (
        <td key={face} className="p-0 lh-1">
          {canWrite ? (
            <Button
              variant="link"
              size="sm"
              className="d-block w-100 p-0 lh-1 text-decoration-none text-body-tertiary"
              style={{ height: `${UNIT_PX - 1}px`, fontSize: '0.7rem' }}
              aria-label={`Mount an asset at U${c.u} (${face})`}
              title={`Mount an asset at U${c.u} (${face})`}
              onClick={() => onMount(c.u, face)}
            >
              +
            </Button>
          ) : (
            <span className="visually-hidden">Empty</span>
          )}
        </td>
      );
    }
    const p = c.placement;
    const mountedHere = !p || p.face === face;
    return (
      <td key={face} rowSpan={c.span} className="p-0" data-placement={c.placementId}>
        <div
          className={`d-flex align-items-center justify-content-between gap-1 h-100 px-1 border rounded-1 lh-1 ${
            mountedHere ? 'bg-primary-subtle border-primary' : 'bg-body-tertiary border-secondary'
          }`}
          style={{ minHeight: `${Number(c.span) * UNIT_PX - 1}px`, fontSize: '0.7rem' }}
          title={
            p
              ? `${p.assetName} · ${unitRange(p.positionU, p.heightU)} · ${mountedHere ? (p.fullDepth ? 'full depth' : 'half depth') : `full depth, mounted at the ${p.face}`}`
              : undefined
          }
        >
          <div className="text-truncate">
            {p ? (
              <Link to={`/orgs/${orgId}/assets/${p.assetId}`} className="fw-semibold link-body-emphasis">
                {p.assetName}
              </Link>
            ) : (
              <span className="fw-semibold">Unknown asset</span>
            )}
            {p && !mountedHere && <span className="text-body-secondary"> (from the {p.face})</span>}
            {p && (
              <span className="visually-hidden">
                {' '}
                {unitRange(p.positionU, p.heightU)} · {mountedHere ? (p.fullDepth ? 'full depth' : 'half depth') : `full depth, mounted at the ${p.face}`}
              </span>
            )}
          </div>
          {canWrite && p && mountedHere && (
            <Button variant="link" size="sm" className="p-0 lh-1 text-danger text-decoration-none" style={{ fontSize: 'inherit' }} aria-label={`Remove ${p.assetName} from the rack`} onClick={() => onRemove(p)}>
              Remove
            </Button>
          )}
        </div>
      </td>
    );
  }

  return (
    <Table bordered size="sm" aria-label={`Elevation of ${elevation.rack.name}`} className="align-middle mb-0 rack-elevation" style={{ tableLayout: 'fixed', maxWidth: '44rem' }}>
      <thead>
        <tr>
          <th scope="col" className="text-center py-0 small lh-1" style={{ width: '2.5rem', height: `${UNIT_PX}px` }}>
            U
          </th>
          {faces.map((face) => (
            <th scope="col" key={face} className="text-center py-0 small lh-1">
              {faceLabels[face]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {elevation.units.map((unit, i) => (
          <tr key={Number(unit.u)} style={{ height: `${UNIT_PX}px` }}>
            <th scope="row" className="text-center text-body-secondary fw-normal py-0 lh-1" style={{ fontSize: '0.65rem' }}>
              {Number(unit.u)}
            </th>
            {faces.map((face, f) => cell(columns[f][i], face))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
