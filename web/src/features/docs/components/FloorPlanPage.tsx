import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { useCan } from '../../../auth/permissions';
import { DeleteRecordDialog } from '../../../components/ConfirmDialog';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RelativeTime } from '../../../components/RelativeTime';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { FloorPlanCanvas } from '../../../entities/floorPlan/FloorPlanCanvas';
import { PinIcon } from '../../../entities/floorPlan/PinIcon';
import { floorPlanKeys } from '../../../entities/floorPlan/floorPlanKeys';
import { pinHref, pinLook, pinLookLabels, toPinInputs } from '../../../entities/floorPlan/pins';
import type { FloorPlan, FloorPlanPin, FloorPlanRoom } from '../../../entities/floorPlan/types';
import { errorMessage, hasStatus, isApiError } from '../../../lib/problem';
import { saveBlob } from '../../../lib/download';
import { useFlash } from '../../../lib/useFlash';
import { useDeleteFloorPlan, useSaveFloorPlanPins, useUpdateFloorPlan } from '../api/useFloorPlanWrites';
import { formatArea, newPin, pinErrorMessages, pinProblems, pinsChanged, removeAt, replaceAt, type EditPin } from '../floorPlanEdits';
import { DrawingUpload } from './DrawingUpload';
import { FloorPlanForm, floorPlanFormValues } from './FloorPlanForm';
import { FloorPlanQuery, useFloorPlanCrumbs } from './FloorPlanQuery';
import { PinEditor } from './PinEditor';

/** `/orgs/:orgId/docs/floor-plans/:floorPlanId`: the plan with its pins and rooms; edit mode to place pins. */
export function FloorPlanPage() {
  const { orgId = '', floorPlanId = '' } = useParams();
  return (
    <FloorPlanQuery orgId={orgId} floorPlanId={floorPlanId}>
      {(plan) => <FloorPlanView key={plan.id} orgId={orgId} plan={plan} />}
    </FloorPlanQuery>
  );
}

const sourceNames: Record<string, string> = { image: 'an image', pdf: 'a PDF (first page)', svg: 'an SVG', magicplan: 'a MagicPlan export' };

function FloorPlanView({ orgId, plan }: { orgId: string; plan: FloorPlan }) {
  const canWrite = useCan(orgId, 'docs.write');
  const [searchParams] = useSearchParams();
  const [flash, setFlash] = useFlash();
  const [mode, setMode] = useState<'view' | 'pins' | 'details' | 'drawing'>('view');
  const [deleting, setDeleting] = useState(false);
  const [hoverRoom, setHoverRoom] = useState<string | null>(null);
  const [openDrop, setOpenDrop] = useState<number | null>(null);
  const remove = useDeleteFloorPlan();
  const update = useUpdateFloorPlan();
  const base = `/orgs/${orgId}/docs/floor-plans/${plan.id}`;
  const crumbs = useFloorPlanCrumbs(orgId);
  // The asset or rack page links here with ?asset= / ?rack=: that pin is picked out.
  const focusAsset = searchParams.get('asset');
  const focusRack = searchParams.get('rack');
  const focused = plan.pins.findIndex((p) => (focusAsset && p.assetId === focusAsset) || (focusRack && p.rackId === focusRack));
  const subtitle = [plan.level, plan.locationName].filter(Boolean).join(' · ');

  return (
    <>
      <PageHeader
        crumbs={crumbs}
        title={plan.name}
        orgId={orgId}
        subtitle={
          <>
            {subtitle && <>{subtitle} · </>}Revision {plan.revision} · updated <RelativeTime value={plan.updatedAt} />
          </>
        }
        actions={
          <div className="d-flex flex-wrap gap-2">
            {canWrite && plan.drawing && mode === 'view' && (
              <Button onClick={() => setMode('pins')} aria-label="Edit pins">
                Edit pins
              </Button>
            )}
            {canWrite && mode === 'view' && (
              <>
                {plan.drawing && (
                  <Button variant="outline-secondary" onClick={() => setMode('drawing')}>
                    Replace drawing
                  </Button>
                )}
                <Button variant="outline-secondary" onClick={() => setMode('details')}>
                  Edit details
                </Button>
              </>
            )}
            <Link to={`${base}/history`} className="btn btn-outline-secondary">
              History
            </Link>
            {canWrite && mode === 'view' && (
              <Button variant="outline-danger" onClick={() => setDeleting(true)}>
                Delete
              </Button>
            )}
          </div>
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      {plan.description && mode !== 'details' && <p className="text-body-secondary">{plan.description}</p>}
      {mode === 'details' && (
        <FloorPlanForm orgId={orgId} initial={floorPlanFormValues(plan)} submitLabel="Save details" busy={update.isPending} error={update.error}
          onCancel={() => setMode('view')}
          onSubmit={(v) =>
            update.mutate(
              {
                orgId, floorPlanId: plan.id, etag: plan.etag,
                changes: { name: v.name.trim(), level: v.level.trim(), description: v.description.trim(), ...(v.locationId ? { locationId: v.locationId } : { clearLocation: true }) },
              },
              { onSuccess: () => { setMode('view'); setFlash('Details saved.'); } },
            )
          } />
      )}
      {canWrite && (mode === 'drawing' || (!plan.drawing && mode === 'view')) && (
        <>
          <DrawingUpload orgId={orgId} plan={plan} onDone={(saved) => { setMode('view'); setFlash(`Drawing uploaded: revision ${saved.revision}.`); }} />
          {plan.drawing && (
            <Button variant="link" className="mb-3 px-0" onClick={() => setMode('view')}>
              Keep the current drawing
            </Button>
          )}
        </>
      )}
      {mode === 'pins' && plan.drawing ? (
        <PinEditing orgId={orgId} plan={plan} onDone={(message) => { setMode('view'); if (message) setFlash(message); }} />
      ) : plan.drawing ? (
        <Row>
          <Col lg={9} className="mb-4">
            <FloorPlanCanvas orgId={orgId} floorPlanId={plan.id} drawing={plan.drawing} version={String(plan.revision)} alt={`Floor plan: ${plan.name}`}
              pins={plan.pins} rooms={plan.rooms} highlightedRoom={hoverRoom} onRoomHover={setHoverRoom} selectedPin={focused >= 0 ? focused : openDrop}
              onOpenDrop={(i) => setOpenDrop(i)} />
            <p className="small text-body-secondary mt-2 mb-0">
              Drawn from {sourceNames[plan.drawing.sourceKind] ?? plan.drawing.sourceKind}: <OriginalDownload orgId={orgId} plan={plan} />
              {plan.drawing.floor && <> · {plan.drawing.floor}{plan.drawing.floors.length > 1 && ` (of ${plan.drawing.floors.length} floors)`}</>}
            </p>
          </Col>
          <Col lg={3}>
            {openDrop !== null && plan.pins[openDrop] && <DropDetails pin={plan.pins[openDrop]} onClose={() => setOpenDrop(null)} />}
            <RoomsList rooms={plan.rooms} pins={plan.pins} highlighted={hoverRoom} onHover={setHoverRoom} />
          </Col>
        </Row>
      ) : (
        !canWrite && <p className="text-body-secondary">This floor plan has no drawing yet.</p>
      )}
      {plan.drawing && mode !== 'pins' && <PinTable orgId={orgId} pins={plan.pins} onOpenDrop={setOpenDrop} />}
      <DeleteRecordDialog record={deleting ? plan : null} noun="floor plan" mutation={remove}
        variables={(p) => ({ orgId, floorPlanId: p.id, etag: p.etag })} backTo={`/orgs/${orgId}/docs?view=floor-plans`} onClose={() => setDeleting(false)}>
        Delete “{plan.name}” with its {plan.revision} revision(s), its pins and its files?
      </DeleteRecordDialog>
    </>
  );
}

/** The uploaded file, fetched with the token and handed to the browser as a download. */
function OriginalDownload({ orgId, plan }: { orgId: string; plan: FloorPlan }) {
  const [error, setError] = useState<string | null>(null);
  async function download() {
    try {
      const blob = unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}/drawing/original', { params: { path: { orgId, floorPlanId: plan.id } }, parseAs: 'blob' }));
      saveBlob(blob, plan.drawing?.fileName ?? 'floor-plan');
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <>
      <Button variant="link" size="sm" className="p-0 align-baseline text-break" onClick={() => void download()}>
        {plan.drawing?.fileName}
      </Button>
      {error && <span className="text-danger"> ({error})</span>}
    </>
  );
}

function RoomsList({ rooms, pins, highlighted, onHover }: { rooms: FloorPlanRoom[]; pins: FloorPlanPin[]; highlighted: string | null; onHover: (room: string | null) => void }) {
  if (rooms.length === 0) return null;
  return (
    <section aria-labelledby="floor-plan-rooms" className="border rounded p-3 mb-3">
      <h2 id="floor-plan-rooms" className="h6">
        Rooms
      </h2>
      <ul className="list-group list-group-flush mb-0" aria-label="Rooms">
        {rooms.map((room, i) => {
          const count = pins.filter((p) => p.room === room.name).length;
          return (
            <li key={`${room.name}-${i}`} className="list-group-item p-0 border-0">
              <button type="button" className={`list-group-item list-group-item-action py-1 px-2 d-flex justify-content-between gap-2 small rounded ${highlighted === room.name ? 'active' : ''}`}
                onMouseEnter={() => onHover(room.name)} onMouseLeave={() => onHover(null)} onFocus={() => onHover(room.name)} onBlur={() => onHover(null)}
                aria-pressed={highlighted === room.name}>
                <span className="text-break">{room.name}</span>
                <span className="text-nowrap small">
                  {formatArea(room.area)}
                  {count > 0 && ` · ${count} pin${count === 1 ? '' : 's'}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function DropDetails({ pin, onClose }: { pin: FloorPlanPin; onClose: () => void }) {
  return (
    <section aria-labelledby="drop-details" className="border rounded p-3 mb-3">
      <div className="d-flex justify-content-between align-items-start">
        <h2 id="drop-details" className="h6">
          Network drop {pin.label}
        </h2>
        <Button variant="link" size="sm" className="p-0" onClick={onClose}>
          Close
        </Button>
      </div>
      <dl className="small mb-0">
        <dt>Room</dt>
        <dd>{pin.room ?? '—'}</dd>
        <dt>Patch panel port</dt>
        <dd className="mb-0">{pin.portName ?? (pin.patchPanelPortId ? 'A port you cannot see' : 'Not cabled to a known port')}</dd>
      </dl>
    </section>
  );
}

function PinTable({ orgId, pins, onOpenDrop }: { orgId: string; pins: FloorPlanPin[]; onOpenDrop: (index: number) => void }) {
  return (
    <section aria-labelledby="floor-plan-pins" className="mb-4">
      <h2 id="floor-plan-pins" className="h5">
        Pins
      </h2>
      {pins.length === 0 ? (
        <p className="text-body-secondary small">Nothing is pinned on this plan yet.</p>
      ) : (
        <ResponsiveTable<FloorPlanPin>
          label="Pins"
          rows={pins}
          rowKey={(p) => String(pins.indexOf(p))}
          size="sm"
          card={(pin) => ({ title: <PinItem orgId={orgId} pin={pin} onOpenDrop={() => onOpenDrop(pins.indexOf(pin))} />, details: [['Kind', <PinKindLabel key="k" pin={pin} />], ['Room', pin.room ?? '—'], ['Label', pin.label ?? '—']] })}
          columns={[
            { header: 'Kind', className: 'text-nowrap', cell: (pin) => <PinKindLabel pin={pin} /> },
            { header: 'Item', className: 'text-break', cell: (pin) => <PinItem orgId={orgId} pin={pin} onOpenDrop={() => onOpenDrop(pins.indexOf(pin))} /> },
            { header: 'Room', className: 'text-break', cell: (pin) => pin.room ?? '—' },
            { header: 'Label', className: 'text-break', cell: (pin) => pin.label ?? '—' },
          ]}
        />
      )}
    </section>
  );
}

function PinKindLabel({ pin }: { pin: FloorPlanPin }) {
  const look = pinLook(pin);
  return (
    <span className="d-inline-flex align-items-center gap-1">
      <PinIcon look={look} /> {pinLookLabels[look]}
    </span>
  );
}

/** What a pin points at: the asset's or rack's page, or a drop's details shown in place. */
function PinItem({ orgId, pin, onOpenDrop }: { orgId: string; pin: FloorPlanPin; onOpenDrop: () => void }) {
  const href = pinHref(orgId, pin);
  if (href) return <Link to={href}>{pin.itemName ?? (pin.kind === 'rack' ? 'A rack' : 'An asset')}</Link>;
  return (
    <Button variant="link" size="sm" className="p-0 align-baseline" onClick={onOpenDrop}>
      {pin.portName ?? 'Not cabled to a known port'}
    </Button>
  );
}

/** Edit mode: click the plan to add a pin, choose, drag or nudge pins, then save them as a new revision (If-Match). */
function PinEditing({ orgId, plan, onDone }: { orgId: string; plan: FloorPlan; onDone: (message: string | null) => void }) {
  const queryClient = useQueryClient();
  const save = useSaveFloorPlanPins();
  const [pins, setPins] = useState<EditPin[]>(plan.pins);
  const [selected, setSelected] = useState<number | null>(null);
  const [summary, setSummary] = useState('');
  const [conflict, setConflict] = useState(false);
  const drawing = plan.drawing!;
  const problems = pinProblems(pins);
  const changed = pinsChanged(plan.pins, pins);
  const apiErrors = isApiError(save.error) && save.error.status === 400 ? pinErrorMessages(save.error.problem.errors as Record<string, string[]>) : [];

  function submit() {
    save.mutate(
      { orgId, floorPlanId: plan.id, etag: plan.etag, pins: toPinInputs(pins), summary },
      {
        onSuccess: (saved) => onDone(`Pins saved: revision ${saved.revision}.`),
        onError: (e) => {
          if (hasStatus(e, 412)) {
            setConflict(true);
            void queryClient.invalidateQueries({ queryKey: floorPlanKeys.plan(orgId, plan.id) });
          }
        },
      },
    );
  }

  return (
    <Row>
      <Col lg={8} className="mb-3">
        <Alert variant="info" className="small py-2">
          Click the plan to add a pin; choose a pin to change it; drag it or use the arrow keys to move it.
        </Alert>
        <FloorPlanCanvas orgId={orgId} floorPlanId={plan.id} drawing={drawing} version={String(plan.revision)} alt={`Floor plan: ${plan.name} (editing pins)`}
          pins={pins} rooms={plan.rooms} editing selectedPin={selected}
          onPlanClick={(x, y) => {
            setPins((list) => [...list, newPin(x, y, plan.rooms)]);
            setSelected(pins.length);
          }}
          onSelectPin={setSelected}
          onMovePin={(i, x, y) => setPins((list) => replaceAt(list, i, { ...list[i], x, y }))} />
      </Col>
      <Col lg={4}>
        {conflict && (
          <Alert variant="warning" role="alert">
            Someone changed this floor plan since you opened it, so your pins were not saved. The plan has been reloaded; <Button variant="link"
              className="p-0 align-baseline" onClick={() => onDone(null)}>close the editor</Button> and place your pins again.
          </Alert>
        )}
        {selected !== null && pins[selected] ? (
          <PinEditor orgId={orgId} index={selected} pin={pins[selected]} rooms={plan.rooms}
            onChange={(pin) => setPins((list) => replaceAt(list, selected, pin))}
            onDelete={() => {
              setPins((list) => removeAt(list, selected));
              setSelected(null);
            }} />
        ) : (
          <p className="small text-body-secondary border rounded p-3">{pins.length} pin(s). Choose one to change it, or click the plan to add one.</p>
        )}
        {(problems.length > 0 || apiErrors.length > 0 || (save.error && !conflict && apiErrors.length === 0)) && (
          <Alert variant="danger" className="small">
            <ul className="mb-0 ps-3">
              {problems.map((p) => (
                <li key={`p-${p.index}`}>
                  Pin {p.index + 1}: {p.message}.
                </li>
              ))}
              {apiErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
              {save.error && !conflict && apiErrors.length === 0 && <li>{errorMessage(save.error)}</li>}
            </ul>
          </Alert>
        )}
        <Form.Group controlId="pins-summary" className="mb-3">
          <Form.Label>What changed (optional)</Form.Label>
          <Form.Control value={summary} maxLength={500} onChange={(e) => setSummary(e.target.value)} placeholder="Added the new access point" />
        </Form.Group>
        <div className="d-flex gap-2">
          <Button onClick={submit} disabled={save.isPending || problems.length > 0 || !changed || conflict}>
            Save pins
          </Button>
          <Button variant="outline-secondary" onClick={() => onDone(null)} disabled={save.isPending}>
            Cancel
          </Button>
        </div>
      </Col>
    </Row>
  );
}
