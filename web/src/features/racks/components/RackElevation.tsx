import { Link } from 'react-router';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import { faceCells, faceLabels, unitRange, type FaceCell } from '../elevation';
import type { Elevation, Face, Placement } from '../types';

export interface RackElevationProps {
  orgId: string;
  elevation: Elevation;
  canWrite: boolean;
  /** An empty unit was clicked: mount an asset there. */
  onMount: (u: number, face: Face) => void;
  onRemove: (placement: Placement) => void;
}

const faces: Face[] = ['front', 'rear'];

/**
 * The rack drawn as a table, one row per unit from the top: the front and rear side by side, each placement a cell
 * spanning its height. A full-depth device shows on both faces; only the face it is mounted on offers removal.
 */
export function RackElevation({ orgId, elevation, canWrite, onMount, onRemove }: RackElevationProps) {
  const columns = faces.map((face) => faceCells(elevation.units, elevation.placements, face));

  function cell(c: FaceCell, face: Face) {
    if (c.kind === 'covered') return null;
    if (c.kind === 'empty') {
      return (
        <td key={face} className="p-0">
          {canWrite ? (
            <Button
              variant="link"
              size="sm"
              className="w-100 h-100 py-0 text-decoration-none text-body-tertiary"
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
      <td
        key={face}
        rowSpan={c.span}
        className={`text-start px-2 ${mountedHere ? 'bg-primary-subtle' : 'bg-secondary-subtle'}`}
        data-placement={c.placementId}
      >
        <div className="d-flex align-items-center justify-content-between gap-2">
          <div className="text-truncate">
            {p ? (
              <Link to={`/orgs/${orgId}/assets/${p.assetId}`} className="fw-semibold">
                {p.assetName}
              </Link>
            ) : (
              <span className="fw-semibold">Unknown asset</span>
            )}
            {p && (
              <div className="small text-body-secondary">
                {unitRange(p.positionU, p.heightU)} · {mountedHere ? (p.fullDepth ? 'full depth' : 'half depth') : `full depth, mounted at the ${p.face}`}
              </div>
            )}
          </div>
          {canWrite && p && mountedHere && (
            <Button variant="outline-danger" size="sm" aria-label={`Remove ${p.assetName} from the rack`} onClick={() => onRemove(p)}>
              Remove
            </Button>
          )}
        </div>
      </td>
    );
  }

  return (
    <Table bordered size="sm" aria-label={`Elevation of ${elevation.rack.name}`} className="align-middle" style={{ tableLayout: 'fixed' }}>
      <thead>
        <tr>
          <th scope="col" className="text-center" style={{ width: '4rem' }}>
            U
          </th>
          {faces.map((face) => (
            <th scope="col" key={face} className="text-center">
              {faceLabels[face]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {elevation.units.map((unit, i) => (
          <tr key={Number(unit.u)} style={{ height: '2.25rem' }}>
            <th scope="row" className="text-center small text-body-secondary fw-normal">
              {Number(unit.u)}
            </th>
            {faces.map((face, f) => cell(columns[f][i], face))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
