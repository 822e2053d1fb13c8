import { useRef, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { Link } from 'react-router';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../lib/problem';
import { PinIcon } from './PinIcon';
import { clampFraction, nudge, pinHref, pinLook, pinLookLabels, pinName } from './pins';
import type { FloorPlanPin, FloorPlanRoom } from './types';
import { useFloorPlanDrawing } from './useFloorPlanDrawing';
import './floorPlan.css';

export interface FloorPlanCanvasProps {
  orgId: string;
  floorPlanId: string;
  /** The drawing's type and size (its aspect ratio holds the pins in place while the image loads). */
  drawing: { displayType: string; width: number; height: number };
  /** What names the drawing shown: the plan's revision for the current one. */
  version: string;
  /** A revision's drawing instead of the current one. */
  revision?: number | null;
  alt: string;
  pins?: FloorPlanPin[];
  rooms?: FloorPlanRoom[];
  highlightedRoom?: string | null;
  onRoomHover?: (room: string | null) => void;
  /** A pin shown as chosen (its label visible): the one the address names, or the one being edited. */
  selectedPin?: number | null;
  /** Plain markers (the asset page's small view: where the asset is). */
  markers?: { x: number; y: number }[];
  compact?: boolean;
  /** A drop has no page: the viewer shows its details. */
  onOpenDrop?: (index: number) => void;
  /** Edit mode: a click on the plan adds a pin there; pins are chosen, dragged, or moved with the arrow keys. */
  editing?: boolean;
  onPlanClick?: (x: number, y: number) => void;
  onSelectPin?: (index: number) => void;
  onMovePin?: (index: number, x: number, y: number) => void;
}

/**
 * A floor plan's drawing, shown only as an image (a blob: URL in an `<img>`: nothing an SVG holds runs), scaled to the
 * width available, with the pins laid over it by percentage (so they stay put at any size) and the rooms of a MagicPlan
 * plan as regions to highlight.
 */
export function FloorPlanCanvas(props: FloorPlanCanvasProps) {
  const { orgId, floorPlanId, drawing, version, revision = null, alt, pins = [], rooms = [], highlightedRoom = null, selectedPin = null, markers = [],
    compact = false, editing = false } = props;
  const image = useFloorPlanDrawing(orgId, floorPlanId, { revision, version, type: drawing.displayType });
  const box = useRef<HTMLDivElement>(null);
  const dragging = useRef<number | null>(null);

  function fractionAt(clientX: number, clientY: number): { x: number; y: number } | null {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return null;
    return { x: clampFraction((clientX - rect.left) / rect.width), y: clampFraction((clientY - rect.top) / rect.height) };
  }
  function planClick(e: MouseEvent<HTMLDivElement>) {
    if (!editing || !props.onPlanClick) return;
    const at = fractionAt(e.clientX, e.clientY);
    if (at) props.onPlanClick(at.x, at.y);
  }
  function pointerDown(i: number, e: PointerEvent<HTMLButtonElement>) {
    if (!editing) return;
    dragging.current = i;
    e.currentTarget.setPointerCapture(e.pointerId);
    props.onSelectPin?.(i);
  }
  function pointerMove(i: number, e: PointerEvent<HTMLButtonElement>) {
    if (dragging.current !== i) return;
    const at = fractionAt(e.clientX, e.clientY);
    if (at) props.onMovePin?.(i, at.x, at.y);
  }
  function pointerUp(e: PointerEvent<HTMLButtonElement>) {
    dragging.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  }
  function keyDown(i: number, pin: FloorPlanPin, e: KeyboardEvent<HTMLButtonElement>) {
    if (!editing) return;
    const moved = nudge(pin, e.key, e.shiftKey);
    if (!moved) return;
    e.preventDefault();
    props.onMovePin?.(i, moved.x, moved.y);
  }

  return (
    <div ref={box} className={`floor-plan-canvas border rounded ${editing ? 'editing' : ''} ${compact ? 'compact' : ''}`}
      style={{ aspectRatio: `${Math.max(1, drawing.width)} / ${Math.max(1, drawing.height)}` }} onClick={planClick}>
      {image.url ? (
        <img src={image.url} alt={alt} />
      ) : image.isError ? (
        <p className="small text-danger p-3 mb-0">Could not load the drawing: {errorMessage(image.error)}</p>
      ) : (
        <span className="d-inline-flex align-items-center gap-2 small text-body-secondary p-3">
          <Spinner animation="border" size="sm" role="status" aria-hidden="true" /> Loading the drawing…
        </span>
      )}
      {rooms.length > 0 && (
        <svg className="floor-plan-rooms" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {rooms.map((room, i) => (
            <polygon key={`${room.name}-${i}`} points={room.polygon.map((p) => `${p.x},${p.y}`).join(' ')} className={room.name === highlightedRoom ? 'active' : ''}
              onMouseEnter={() => props.onRoomHover?.(room.name)} onMouseLeave={() => props.onRoomHover?.(null)} style={{ pointerEvents: props.onRoomHover ? 'auto' : 'none' }} />
          ))}
        </svg>
      )}
      {markers.map((m, i) => (
        <span key={`marker-${i}`} className="floor-plan-marker" style={{ left: `${m.x * 100}%`, top: `${m.y * 100}%` }} aria-hidden="true" />
      ))}
      {pins.map((pin, i) => {
        const look = pinLook(pin);
        const name = pinName(pin);
        const label = `${pinLookLabels[look]}: ${name}${pin.room ? ` (${pin.room})` : ''}`;
        const className = `floor-plan-pin look-${look} ${selectedPin === i ? (editing ? 'selected' : 'focused') : ''} ${editing ? 'editing' : ''}`;
        const style = { left: `${pin.x * 100}%`, top: `${pin.y * 100}%` };
        const content = (
          <>
            <PinIcon look={look} size={compact ? 10 : 16} />
            {!compact && <span className="floor-plan-pin-label">{name}</span>}
          </>
        );
        const href = pinHref(orgId, pin);
        if (!editing && href)
          return (
            <Link key={i} to={href} className={className} style={style} aria-label={label} data-pin={i} onClick={(e) => e.stopPropagation()}>
              {content}
            </Link>
          );
        return (
          <button key={i} type="button" className={className} style={style} aria-label={editing ? `${label}. Arrow keys move it.` : label} data-pin={i}
            aria-pressed={editing ? selectedPin === i : undefined}
            onClick={(e) => {
              e.stopPropagation();
              if (editing) props.onSelectPin?.(i);
              else props.onOpenDrop?.(i);
            }}
            onPointerDown={(e) => pointerDown(i, e)} onPointerMove={(e) => pointerMove(i, e)} onPointerUp={pointerUp} onPointerCancel={pointerUp}
            onKeyDown={(e) => keyDown(i, pin, e)}>
            {content}
          </button>
        );
      })}
    </div>
  );
}
