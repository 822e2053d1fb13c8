import type { FloorPlanPin, PinInput, PinLook } from './types';

/** How a pin shows: an asset pin of an access point gets its own icon. */
export function pinLook(pin: Pick<FloorPlanPin, 'kind' | 'assetType'>): PinLook {
  if (pin.kind === 'asset') return pin.assetType === 'access-point' ? 'access-point' : 'asset';
  return pin.kind === 'rack' ? 'rack' : 'drop';
}

export const pinLookLabels: Record<PinLook, string> = { asset: 'Asset', 'access-point': 'Access point', rack: 'Rack', drop: 'Network drop' };

/** What a pin is called: its label, else its item's name, else its kind. */
export function pinName(pin: Pick<FloorPlanPin, 'kind' | 'assetType' | 'label' | 'itemName'>): string {
  return pin.label || pin.itemName || pinLookLabels[pinLook(pin)];
}

/** Where a pin's item is: the asset's or rack's page, or null for a drop (its details show in place). */
export function pinHref(orgId: string, pin: Pick<FloorPlanPin, 'assetId' | 'rackId'>): string | null {
  if (pin.assetId) return `/orgs/${orgId}/assets/${pin.assetId}`;
  if (pin.rackId) return `/orgs/${orgId}/racks/${pin.rackId}`;
  return null;
}

/** A fraction of the drawing, kept inside it (0..1, four decimals). */
export function clampFraction(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000;
}

/** The pin moved by an arrow key: 1 % of the drawing, 5 % with Shift; null for other keys. */
export function nudge(pin: { x: number; y: number }, key: string, shift: boolean): { x: number; y: number } | null {
  const step = shift ? 0.05 : 0.01;
  const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
  const move = moves[key];
  return move ? { x: clampFraction(pin.x + move[0]), y: clampFraction(pin.y + move[1]) } : null;
}

/** The pins as PUT …/pins takes them (what the server adds — names, types — left out). */
export function toPinInputs(pins: FloorPlanPin[]): PinInput[] {
  return pins.map((p) => ({
    kind: p.kind,
    x: p.x,
    y: p.y,
    label: p.label || null,
    assetId: p.assetId ?? null,
    rackId: p.rackId ?? null,
    patchPanelPortId: p.patchPanelPortId ?? null,
    room: p.room || null,
  }));
}

/** Whether a point (fractions) lies inside a room's outline (even-odd rule). */
export function roomAt(rooms: { name: string; polygon: { x: number; y: number }[] }[], x: number, y: number): string | null {
  for (const room of rooms) {
    let inside = false;
    const p = room.polygon;
    for (let i = 0, j = p.length - 1; i < p.length; j = i++) {
      if (p[i].y > y !== p[j].y > y && x < ((p[j].x - p[i].x) * (y - p[i].y)) / (p[j].y - p[i].y) + p[i].x) inside = !inside;
    }
    if (inside) return room.name;
  }
  return null;
}
