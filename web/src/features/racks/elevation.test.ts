import { describe, expect, it } from 'vitest';
import { faceCells, unitRange, UNIT_PX, elevationHeightPx } from './elevation';
import { elevation, server, switchPlacement } from './testData';

describe('faceCells', () => {
  it('groups the units of a placement into one block at its top unit and leaves the rest empty', () => {
    const front = faceCells(elevation.units, elevation.placements, 'front');
    expect(front.map((c) => c.kind)).toEqual(['empty', 'empty', 'block', 'block', 'covered', 'empty']);
    expect(front[2]).toMatchObject({ kind: 'block', u: 4, span: 1, placement: switchPlacement });
    expect(front[3]).toMatchObject({ kind: 'block', u: 3, span: 2, placement: server });
    expect(front[5]).toEqual({ kind: 'empty', u: 1 });
  });

  it('shows a full-depth device on the rear too, and a half-depth one on its own face only', () => {
    const rear = faceCells(elevation.units, elevation.placements, 'rear');
    expect(rear.map((c) => c.kind)).toEqual(['empty', 'empty', 'empty', 'block', 'covered', 'empty']);
    expect(rear[3]).toMatchObject({ span: 2, placementId: server.id });
  });
});

describe('unitRange', () => {
  it('names a single unit or the span from the bottom unit up', () => {
    expect(unitRange(4, 1)).toBe('U4');
    expect(unitRange('2', '2')).toBe('U2–U3');
  });
});

describe('compact elevation', () => {
  it('draws a 42U rack in at most 20 px per unit, so it fits a 900 px window with the page header', () => {
    expect(UNIT_PX).toBeLessThanOrEqual(20);
    expect(elevationHeightPx(42)).toBeLessThanOrEqual(900 - 200);
  });
});
