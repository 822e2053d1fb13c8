import { describe, expect, it } from 'vitest';
import { clampFraction, nudge, pinHref, pinLook, pinName, roomAt, toPinInputs } from '../../entities/floorPlan/pins';
import { formatArea, newPin, pinErrorMessages, pinProblems, pinsChanged, removeAt, withKind } from './floorPlanEdits';

const rooms = [
  { name: 'Reception', polygon: [{ x: 0, y: 0 }, { x: 0.5, y: 0 }, { x: 0.5, y: 0.5 }, { x: 0, y: 0.5 }] },
  { name: 'Server room', polygon: [{ x: 0.5, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 0.5 }, { x: 0.5, y: 0.5 }] },
];

describe('floor plan pins', () => {
  it('shows an access point as its own kind of asset pin', () => {
    expect(pinLook({ kind: 'asset', assetType: 'access-point' })).toBe('access-point');
    expect(pinLook({ kind: 'asset', assetType: 'switch' })).toBe('asset');
    expect(pinLook({ kind: 'drop', assetType: null })).toBe('drop');
    expect(pinName({ kind: 'drop', assetType: null, label: 'D-101', itemName: null })).toBe('D-101');
    expect(pinName({ kind: 'asset', assetType: 'access-point', label: null, itemName: null })).toBe('Access point');
  });

  it('opens an asset or a rack; a drop has no page', () => {
    expect(pinHref('o', { assetId: 'a', rackId: null })).toBe('/orgs/o/assets/a');
    expect(pinHref('o', { assetId: null, rackId: 'r' })).toBe('/orgs/o/racks/r');
    expect(pinHref('o', { assetId: null, rackId: null })).toBeNull();
  });

  it('keeps positions inside the drawing and moves by arrow keys', () => {
    expect(clampFraction(1.3)).toBe(1);
    expect(clampFraction(-0.1)).toBe(0);
    expect(clampFraction(0.123456)).toBe(0.1235);
    expect(nudge({ x: 0.5, y: 0.5 }, 'ArrowRight', false)).toEqual({ x: 0.51, y: 0.5 });
    expect(nudge({ x: 0.5, y: 0.02 }, 'ArrowUp', true)).toEqual({ x: 0.5, y: 0 });
    expect(nudge({ x: 0.5, y: 0.5 }, 'Enter', false)).toBeNull();
  });

  it('finds the room a new pin lands in', () => {
    expect(roomAt(rooms, 0.25, 0.25)).toBe('Reception');
    expect(roomAt(rooms, 0.75, 0.1)).toBe('Server room');
    expect(roomAt(rooms, 0.5, 0.9)).toBeNull();
    expect(newPin(0.7, 0.2, rooms).room).toBe('Server room');
  });

  it('changing the kind drops the other kind’s item; unfinished pins are named', () => {
    const pin = { ...newPin(0.1, 0.1, []), assetId: 'a', itemName: 'AP-1' };
    expect(withKind(pin, 'rack')).toMatchObject({ kind: 'rack', assetId: null, itemName: null });
    expect(pinProblems([pin, withKind(pin, 'drop'), withKind(pin, 'rack')])).toEqual([
      { index: 1, message: 'give the drop a label' },
      { index: 2, message: 'choose its rack' },
    ]);
  });

  it('sends only what the API takes and sees what changed', () => {
    const saved = [{ ...newPin(0.1, 0.2, []), assetId: 'a', itemName: 'AP-1', assetType: 'access-point' }];
    expect(toPinInputs(saved)).toEqual([{ kind: 'asset', x: 0.1, y: 0.2, label: null, assetId: 'a', rackId: null, patchPanelPortId: null, room: null }]);
    expect(pinsChanged(saved, [...saved])).toBe(false);
    expect(pinsChanged(saved, [{ ...saved[0], x: 0.3 }])).toBe(true);
    expect(pinsChanged(saved, removeAt(saved, 0))).toBe(true);
  });

  it('words the API’s pin errors by pin number, and areas in m²', () => {
    expect(pinErrorMessages({ 'pins[1].assetId': ['No asset with the id x in this organisation (pin 2).'] })).toEqual([
      'Pin 2: No asset with the id x in this organisation (pin 2).',
    ]);
    expect(formatArea(12.25)).toBe('12.3 m²');
    expect(formatArea(null)).toBe('');
  });
});
