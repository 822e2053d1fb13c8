import type { ElevationUnit, Face, Placement } from './types';

/** One cell of a face column, aligned with the elevation's units (top-down). */
export type FaceCell =
  | { kind: 'empty'; u: number }
  /** The top unit of a placement: the block spans `span` rows from here down. */
  | { kind: 'block'; u: number; span: number; placementId: string; placement: Placement | undefined }
  /** A unit under a block's top row: the block's row span already covers it. */
  | { kind: 'covered'; u: number };

/**
 * Turns the API's unit list (top to bottom) into the cells of one face: consecutive units held by the same
 * placement become one block, so the drawing follows the units the API reports rather than recomputing them.
 */
export function faceCells(units: readonly ElevationUnit[], placements: readonly Placement[], face: Face): FaceCell[] {
  const byId = new Map(placements.map((p) => [p.id, p]));
  const cells: FaceCell[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = Number(units[i].u);
    const id = units[i][face];
    if (!id) {
      cells.push({ kind: 'empty', u });
    } else if (i > 0 && units[i - 1][face] === id) {
      cells.push({ kind: 'covered', u });
    } else {
      let span = 1;
      while (i + span < units.length && units[i + span][face] === id) span++;
      cells.push({ kind: 'block', u, span, placementId: id, placement: byId.get(id) });
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

/** Pixels per rack unit: a 42U rack (with its header) fits a 900 px window under the page's header without scrolling. */
export const UNIT_PX = 16;

/** The drawn height of a rack of `heightU` units, header row included. */
export function elevationHeightPx(heightU: number): number {
  return (heightU + 1) * UNIT_PX;
}
