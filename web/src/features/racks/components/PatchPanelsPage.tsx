import { useState } from 'react';
import { useParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import { useCan } from '../../../auth/permissions';
import { FlashAlert } from '../../../components/FlashAlert';
import { ListFilters } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { usePatchPanels } from '../api/usePatchPanels';
import { useRackNames } from '../api/useRackNames';
import type { PatchPanel, PatchPort } from '../types';
import { NewPatchPanelForm } from './NewPatchPanelForm';
import { PortEditorModal } from './PortEditorModal';
import { PortMap } from './PortMap';
import { RacksNav } from './RacksNav';

/** Each panel is a card of up to 96 ports: a short page. */
const PAGE_SIZE = 20;

/** `/orgs/:orgId/racks/panels`: the patch panels as port maps, a page at a time; a port opens its editor (label, connect, disconnect). */
export function PatchPanelsPage() {
  const { orgId = '' } = useParams();
  const canWrite = useCan(orgId, 'assets.write');
  const [search, setSearch, q] = useDebouncedParam('q');
  const paging = useCursorStack(JSON.stringify([orgId, q]));
  const panels = usePatchPanels(orgId, { q, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = panels.data?.items ?? [];
  const rackNames = useRackNames(
    orgId,
    items.flatMap((p) => (p.rackId ? [p.rackId] : [])),
  );
  const [creating, setCreating] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  // Kept as ids so the editor follows the panel list as it refreshes.
  const [editing, setEditing] = useState<{ panelId: string; portId: string } | null>(null);
  const editingPanel = editing ? items.find((p) => p.id === editing.panelId) : undefined;
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
      {creating && <NewPatchPanelForm orgId={orgId} onCreated={created} onCancel={() => setCreating(false)} />}

      <ListFilters label="Filter patch panels" search={{ id: 'panels-search', label: 'Search patch panels', placeholder: 'Search by name', value: search, onChange: setSearch }} />

      <PagedList
        query={panels}
        paging={paging}
        what="patch panels"
        inOrg
        empty={q ? 'No patch panels match your search.' : 'This organisation has no patch panels yet.'}
      >
        {(page, busy) => (
          <div aria-busy={busy}>
            <p className="small text-body-secondary">
              <span className="d-inline-block rounded border border-success bg-success-subtle align-middle me-1" style={{ width: '1rem', height: '1rem' }} />
              Connected
              <span className="d-inline-block rounded border border-secondary-subtle bg-body-tertiary align-middle ms-3 me-1" style={{ width: '1rem', height: '1rem' }} />
              Free
            </p>
            {page.map((panel) => (
              <PortMap
                key={panel.id}
                panel={panel}
                rackName={panel.rackId ? rackNames.get(panel.rackId) : undefined}
                canWrite={canWrite}
                onEdit={(port) => edit(panel, port)}
              />
            ))}
          </div>
        )}
      </PagedList>

      {editingPanel && editingPort && (
        <PortEditorModal
          key={editingPort.id}
          orgId={orgId}
          panel={editingPanel}
          port={editingPort}
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
