import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import { useCan } from '../../../auth/permissions';
import { FlashAlert } from '../../../components/FlashAlert';
import { ListFilters } from '../../../components/FormFields';
import { EmptyState } from '../../../components/Loading';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
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
  const canWrite = useCan(orgId, 'assets.write');
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
  const editingPanel = editing ? all.find((p) => p.id === editing.panelId) : undefined;
  const editingPort = editingPanel?.ports.find((p) => p.id === editing?.portId);

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
      <PageHeader
        crumbs={orgCrumbs(orgId)}
        title="Patch panels"
        orgId={orgId}
        actions={
          canWrite &&
          !creating && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              New patch panel
            </Button>
          )
        }
      />
      <RacksNav orgId={orgId} />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      {creating && <NewPatchPanelForm orgId={orgId} racks={racks.data ?? []} onCreated={created} onCancel={() => setCreating(false)} />}

      <ListFilters label="Filter patch panels" search={{ id: 'panels-search', label: 'Search patch panels', placeholder: 'Search by name', value: search, onChange: setSearch }} />

      <QueryState query={panels} what="patch panels" inOrg>
        {(list) => {
          const items = list.filter((p) => !term || p.name.toLowerCase().includes(term));
          return items.length === 0 ? (
            <EmptyState>{term ? 'No patch panels match your search.' : 'This organisation has no patch panels yet.'}</EmptyState>
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
          );
        }}
      </QueryState>

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
