import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { AssetSelect } from '../../../entities/asset/AssetSelect';
import type { FloorPlanRoom, PinKind } from '../../../entities/floorPlan/types';
import { usePinTargets } from '../api/useFloorPlanWrites';
import { withKind, type EditPin } from '../floorPlanEdits';

/** The chosen pin in edit mode: what it is (kind and item), its label and room; or delete it. */
export function PinEditor({ orgId, index, pin, rooms, onChange, onDelete }: {
  orgId: string;
  index: number;
  pin: EditPin;
  rooms: FloorPlanRoom[];
  onChange: (pin: EditPin) => void;
  onDelete: () => void;
}) {
  const { racks, panels } = usePinTargets(orgId, true);
  const ports = (panels.data?.items ?? []).flatMap((panel) => panel.ports.map((port) => ({ id: port.id, name: `${panel.name} port ${port.number}${port.label ? ` (${port.label})` : ''}` })));
  return (
    <section aria-labelledby="pin-editor" className="border rounded p-3 mb-3">
      <h2 id="pin-editor" className="h6">
        Pin {index + 1}
      </h2>
      <Form.Group controlId="pin-kind" className="mb-3">
        <Form.Label>Kind</Form.Label>
        <Form.Select value={pin.kind} onChange={(e) => onChange(withKind(pin, e.target.value as PinKind))}>
          <option value="asset">Asset (an access point, a printer…)</option>
          <option value="rack">Rack</option>
          <option value="drop">Network drop (a wall port)</option>
        </Form.Select>
      </Form.Group>
      {pin.kind === 'asset' && (
        <AssetSelect orgId={orgId} idPrefix="pin" assetId={pin.assetId ?? ''} emptyLabel="Choose an asset"
          onChange={(assetId) => onChange({ ...pin, assetId: assetId || null, itemName: null, assetType: null })} />
      )}
      {pin.kind === 'rack' && (
        <Form.Group controlId="pin-rack" className="mb-3">
          <Form.Label>Rack</Form.Label>
          <Form.Select value={pin.rackId ?? ''} onChange={(e) => onChange({ ...pin, rackId: e.target.value || null, itemName: null })} aria-busy={racks.isPending}>
            <option value="">Choose a rack</option>
            {(racks.data?.items ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
      )}
      {pin.kind === 'drop' && (
        <Form.Group controlId="pin-port" className="mb-3">
          <Form.Label>Patch panel port</Form.Label>
          <Form.Select value={pin.patchPanelPortId ?? ''} onChange={(e) => onChange({ ...pin, patchPanelPortId: e.target.value || null, portName: null })}
            aria-busy={panels.isPending}>
            <option value="">Not cabled to a known port</option>
            {ports.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
      )}
      <Form.Group controlId="pin-label" className="mb-3">
        <Form.Label>{pin.kind === 'drop' ? 'Label on the wall port' : 'Label (optional)'}</Form.Label>
        <Form.Control value={pin.label ?? ''} maxLength={100} onChange={(e) => onChange({ ...pin, label: e.target.value })} placeholder={pin.kind === 'drop' ? 'D-101' : ''} />
      </Form.Group>
      <Form.Group controlId="pin-room" className="mb-3">
        <Form.Label>Room</Form.Label>
        <Form.Control value={pin.room ?? ''} maxLength={100} list="pin-rooms" onChange={(e) => onChange({ ...pin, room: e.target.value })} />
        <datalist id="pin-rooms">
          {rooms.map((r, i) => (
            <option key={`${r.name}-${i}`} value={r.name} />
          ))}
        </datalist>
      </Form.Group>
      <p className="small text-body-secondary">Drag the pin, or focus it and use the arrow keys (Shift: larger steps).</p>
      <Button variant="outline-danger" size="sm" onClick={onDelete}>
        Delete this pin
      </Button>
    </section>
  );
}
