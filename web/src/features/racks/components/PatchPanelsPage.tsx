import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { usePermissions } from '../../../app/permissions';
import { errorMessage, isApiError } from '../../../lib/problem';
import { usePatchPanels } from '../api/usePatchPanels';
import { useRacks } from '../api/useRacks';
import type { PatchPanel, PatchPort } from '../types';
import { NewPatchPanelForm } from './NewPatchPanelForm';
import { PortEditorModal } from './PortEditorModal';
import { PortMap } from './PortMap';
import { RacksNav } from './RacksNav';

/** `/orgs/:orgId/racks/panels`: every patch panel as a port map; a port opens its editor (label, connect, disconnect). */
export function PatchPanelsPage() {
  const { orgId = '' } = useParams();
  const { can } = usePermissions();
  const canWrite = can(orgId, 'assets.write');
  const panels = usePatchPanels(orgId);
  const racks = useRacks(orgId);
  const rackNames = useMemo(() => new Map((racks.data ?? []).map((r) => [r.id, r.name])), [racks.data]);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  // Kept as ids so the editor follows the panel list as it refreshes.
  const [editing, setEditing] = useState<{ panelId: string; portId: string } | null>(null);
  const all = panels.data ?? [];
  const term = search.trim().toLowerCase();
  const items = all.filter((p) => !term || p.name.toLowerCase().includes(term));
  const editingPanel = editing ? all.find((p) => p.id === editing.panelId) : undefined;
  const editingPort = editingPanel?.ports.find((p) => p.id === editing?.portId);
  const notFound = isApiError(panels.error) && panels.error.status === 404;
  const forbidden = isApiError(panels.error) && panels.error.status === 403;

  function created(panel: PatchPanel) {
    setCreating(false);
    setFlash(`Patch panel “${panel.name}” created.`);
  }

  function edit(panel: PatchPanel, port: PatchPort) {
    setFlash(null);
    setEditing({ panelId: panel.id, portId: port.id });
  }

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link>
      </nav>
      <div className="d-flex align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">Patch panels</h1>
        {canWrite && !creating && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            New patch panel
          </Button>
        )}
      </div>
      <OrgTabs orgId={orgId} />
      <RacksNav orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
      {creating && <NewPatchPanelForm orgId={orgId} racks={racks.data ?? []} onCreated={created} onCancel={() => setCreating(false)} />}

      <Form role="search" aria-label="Filter patch panels" onSubmit={(e) => e.preventDefault()} className="mb-3">
        <Form.Group controlId="panels-search">
          <Form.Label className="visually-hidden">Search patch panels</Form.Label>
          <Form.Control type="search" placeholder="Search by name" value={search} onChange={(e) => setSearch(e.target.value)} />
        </Form.Group>
      </Form>

      {panels.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading patch panels…</span>
          </Spinner>
        </div>
      ) : panels.isError ? (
        <Alert variant={notFound || forbidden ? 'warning' : 'danger'} role="alert">
          {notFound ? (
            <p className="mb-0">This organisation does not exist or you cannot access it.</p>
          ) : forbidden ? (
            <p className="mb-0">You do not have permission to see patch panels: {errorMessage(panels.error)}</p>
          ) : (
            <>
              <p className="mb-2">Could not load patch panels: {errorMessage(panels.error)}</p>
              <Button variant="outline-danger" size="sm" onClick={() => panels.refetch()}>
                Retry
              </Button>
            </>
          )}
        </Alert>
      ) : items.length === 0 ? (
        <div className="text-center text-body-secondary p-5">{term ? 'No patch panels match your search.' : 'This organisation has no patch panels yet.'}</div>
      ) : (
        <>
          <p className="small text-body-secondary">
            <span className="d-inline-block rounded border border-success bg-success-subtle align-middle me-1" style={{ width: '1rem', height: '1rem' }} />
            Connected
            <span className="d-inline-block rounded border border-secondary-subtle bg-body-tertiary align-middle ms-3 me-1" style={{ width: '1rem', height: '1rem' }} />
            Free
          </p>
          {items.map((panel) => (
            <PortMap
              key={panel.id}
              panel={panel}
              rackName={panel.rackId ? rackNames.get(panel.rackId) : undefined}
              canWrite={canWrite}
              onEdit={(port) => edit(panel, port)}
            />
          ))}
        </>
      )}

      {editingPanel && editingPort && (
        <PortEditorModal
          key={editingPort.id}
          orgId={orgId}
          panel={editingPanel}
          port={editingPort}
          panels={all}
          onClose={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setFlash(message);
          }}
        />
      )}
    </>
  );
}
