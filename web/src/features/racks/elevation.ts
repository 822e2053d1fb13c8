import type { ElevationPanel, ElevationUnit, Face, Placement } from './types';

/** One cell of a face column, aligned with the elevation's units (top-down). */
export type FaceCell =
  | { kind: 'empty'; u: number }
  /** The top unit of a placement: the block spans `span` rows from here down. */
  | { kind: 'block'; u: number; span: number; placementId: string; placement: Placement | undefined }
  /** The top unit of a patch panel on this face, spanning `span` rows. */
  | { kind: 'panel'; u: number; span: number; panelId: string; panel: ElevationPanel | undefined }
  /** A unit under a block's top row: the block's row span already covers it. */
  | { kind: 'covered'; u: number };

const panelKey = { front: 'frontPanel', rear: 'rearPanel' } as const;

/** What holds a unit on a face: a device placement or a patch panel (never both: the API refuses that). */
function holder(unit: ElevationUnit, face: Face): { id: string; isPanel: boolean } | null {
  const placement = unit[face];
  if (placement) return { id: placement, isPanel: false };
  const panel = unit[panelKey[face]];
  return panel ? { id: panel, isPanel: true } : null;
}

/**
 * Turns the API's unit list (top to bottom) into the cells of one face: consecutive units held by the same
 * placement or patch panel become one block, so the drawing follows the units the API reports rather than
 * recomputing them.
 */
export function faceCells(units: readonly ElevationUnit[], placements: readonly Placement[], face: Face, panels: readonly ElevationPanel[] = []): FaceCell[] {
  const byId = new Map(placements.map((p) => [p.id, p]));
  const panelsById = new Map(panels.map((p) => [p.id, p]));
  const cells: FaceCell[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = Number(units[i].u);
    const here = holder(units[i], face);
    if (!here) {
      cells.push({ kind: 'empty', u });
    } else if (i > 0 && holder(units[i - 1], face)?.id === here.id) {
      cells.push({ kind: 'covered', u });
    } else {
      let span = 1;
      while (i + span < units.length && holder(units[i + span], face)?.id === here.id) span++;
      cells.push(
        here.isPanel
          ? { kind: 'panel', u, span, panelId: here.id, panel: panelsById.get(here.id) }
          : { kind: 'block', u, span, placementId: here.id, placement: byId.get(here.id) },
      );
    }
  }
  return cells;
}

/** `U5` or `U5–U6`: the units a placement occupies, bottom to top. */
export function unitRange(positionU: number | string, heightU: number | string): string {
  const bottom = Number(positionU);
  const top = bottom + Number(heightU) - 1;
  return top > bottom ? `U${bottom}–U${top}` : `U${bottom}`;
}

export const faceLabels: Record<Face, string> = { front: 'Front', rear: 'Rear' };

/**
 * Pixels per rack unit: a 42U rack (with its header row) fits a 900 px window under the page's header, tabs and
 * sub-navigation (about 290 px at 1440 px wide) without scrolling; cells keep line-height 1 so text does not stretch rows.
 */
export const UNIT_PX = 12;

/** The drawn height of a rack of `heightU` units, header row included. */
export function elevationHeightPx(heightU: number): number {
  return (heightU + 1) * UNIT_PX;
}
