import type { FloorPlanPin, PinKind } from '../../entities/floorPlan/types';
import { roomAt } from '../../entities/floorPlan/pins';

/** A pin in the editor: what the API answers for a pin, the server's names kept for display until it is saved. */
export type EditPin = FloorPlanPin;

/** A new pin where the plan was clicked: an asset pin waiting for its asset, in the room there when the plan has rooms. */
export function newPin(x: number, y: number, rooms: { name: string; polygon: { x: number; y: number }[] }[], kind: PinKind = 'asset'): EditPin {
  return {
    kind, x, y, label: null, assetId: null, rackId: null, patchPanelPortId: null, room: roomAt(rooms, x, y), itemName: null, assetType: null, portName: null,
    patchPanelId: null,
  };
}

/** The pin with another kind: the ids of the old kind go (an asset pin names no rack). */
export function withKind(pin: EditPin, kind: PinKind): EditPin {
  if (pin.kind === kind) return pin;
  return { ...pin, kind, assetId: null, rackId: null, patchPanelPortId: null, itemName: null, assetType: null, portName: null, patchPanelId: null };
}

export function replaceAt<T>(items: T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(items: T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** What still stops the pins from being saved: a pin without its item or a drop without its label (index and words). */
export function pinProblems(pins: EditPin[]): { index: number; message: string }[] {
  return pins.flatMap((p, index) => {
    if (p.kind === 'asset' && !p.assetId) return [{ index, message: 'choose its asset' }];
    if (p.kind === 'rack' && !p.rackId) return [{ index, message: 'choose its rack' }];
    if (p.kind === 'drop' && !p.label?.trim()) return [{ index, message: 'give the drop a label' }];
    return [];
  });
}

/** Whether the editor's pins differ from the saved ones (what is sent, not what the server adds). */
export function pinsChanged(saved: FloorPlanPin[], edited: EditPin[]): boolean {
  const key = (p: FloorPlanPin) => [p.kind, p.x, p.y, p.label ?? '', p.assetId ?? '', p.rackId ?? '', p.patchPanelPortId ?? '', p.room ?? ''].join('|');
  return saved.length !== edited.length || saved.some((p, i) => key(p) !== key(edited[i]));
}

/** An API field error on `pins[3].assetId` as "Pin 4: …". */
export function pinErrorMessages(errors: Record<string, string[]> | null | undefined): string[] {
  if (!errors) return [];
  return Object.entries(errors).map(([field, messages]) => {
    const m = /^pins\[(\d+)\]/.exec(field);
    return m ? `Pin ${Number(m[1]) + 1}: ${messages.join(' ')}` : messages.join(' ');
  });
}

/** Square metres as people write them: "12.5 m²". */
export function formatArea(area: number | null | undefined): string {
  return area == null ? '' : `${Math.round(area * 10) / 10} m²`;
}
