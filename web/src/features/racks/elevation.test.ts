import { describe, expect, it } from 'vitest';
import { faceCells, unitRange, UNIT_PX, elevationHeightPx } from './elevation';
import { elevation, elevationPanel, server, switchPlacement } from './testData';

describe('faceCells', () => {
  it('groups the units of a placement into one block at its top unit and leaves the rest empty', () => {
    const front = faceCells(elevation.units, elevation.placements, 'front', elevation.panels);
    expect(front.map((c) => c.kind)).toEqual(['panel', 'empty', 'block', 'block', 'covered', 'empty']);
    expect(front[2]).toMatchObject({ kind: 'block', u: 4, span: 1, placement: switchPlacement });
    expect(front[3]).toMatchObject({ kind: 'block', u: 3, span: 2, placement: server });
    expect(front[5]).toEqual({ kind: 'empty', u: 1 });
  });

  it('shows a full-depth device on the rear too, and a half-depth one on its own face only', () => {
    const rear = faceCells(elevation.units, elevation.placements, 'rear', elevation.panels);
    expect(rear.map((c) => c.kind)).toEqual(['empty', 'empty', 'empty', 'block', 'covered', 'empty']);
    expect(rear[3]).toMatchObject({ span: 2, placementId: server.id });
  });
});

describe('patch panels', () => {
  it('draws a panel as its own block on its face only, spanning its units', () => {
    expect(faceCells(elevation.units, elevation.placements, 'front', elevation.panels)[0]).toEqual({ kind: 'panel', u: 6, span: 1, panelId: 'pp-a', panel: elevationPanel });
    const tall = elevation.units.map((u) => (Number(u.u) >= 5 ? { ...u, front: null, frontPanel: null, rearPanel: 'pp-r' } : u));
    const rear = faceCells(tall, elevation.placements, 'rear', []);
    expect(rear.slice(0, 2)).toEqual([{ kind: 'panel', u: 6, span: 2, panelId: 'pp-r', panel: undefined }, { kind: 'covered', u: 5 }]);
    expect(faceCells(tall, elevation.placements, 'front', []).slice(0, 2).map((c) => c.kind)).toEqual(['empty', 'empty']);
  });
});

describe('unitRange', () => {
  it('names a single unit or the span from the bottom unit up', () => {
    expect(unitRange(4, 1)).toBe('U4');
    expect(unitRange('2', '2')).toBe('U2–U3');
  });
});

describe('compact elevation', () => {
  it('draws a 42U rack in at most 12 px per unit, so it fits a 900 px window under the page header, tabs and sub-navigation', () => {
    expect(UNIT_PX).toBeLessThanOrEqual(12);
    expect(elevationHeightPx(42) + 43).toBeLessThanOrEqual(900 - 300);
  });
});
