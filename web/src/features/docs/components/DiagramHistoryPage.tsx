import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { DataTable } from '../../../components/DataTable';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDiagramRevisions } from '../api/useDiagramRevisions';
import { useRestoreDiagramRevision } from '../api/useSaveDiagram';
import { diagramPath, useDocsScope } from '../docsScope';
import type { Diagram, DiagramRevision } from '../types';
import { DiagramImage } from './DiagramImage';
import { useDiagramCrumbs } from './DiagramPage';
import { DiagramQuery } from './DiagramQuery';
import { revisionColumns } from './RevisionColumns';
import './prose.css';

/** `…/diagrams/:diagramId/history` (DocsScope): every revision; look at one, restore one. */
export function DiagramHistoryPage() {
  const { orgId } = useDocsScope();
  const { diagramId = '' } = useParams();
  return (
    <DiagramQuery diagramId={diagramId}>
      {(data) => <History key={data.id} orgId={orgId} diagram={data} />}
    </DiagramQuery>
  );
}

function History({ orgId, diagram }: { orgId: string; diagram: Diagram }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const scope = useDocsScope();
  const canWrite = scope.can('docs.write');
  const paging = useCursorStack(diagram.id);
  const revisions = useDiagramRevisions(orgId, diagram.id, paging.cursor);
  const restore = useRestoreDiagramRevision();
  const [restoring, setRestoring] = useState<DiagramRevision | null>(null);
  const detail = diagramPath(scope, diagram.id);
  const crumbs = useDiagramCrumbs(diagram.folderId, { to: detail, label: diagram.name });
  const viewParam = searchParams.get('view');
  const view = viewParam && /^\d+$/.test(viewParam) ? Number(viewParam) : null;
  const setView = (number: number | null) => setSearchParams(number === null ? {} : { view: String(number) }, { replace: true });

  return (
    <>
      <PageHeader crumbs={crumbs} title={`History of ${diagram.name}`} orgId={scope.tabsOrgId}
        subtitle={`${diagram.revision} revision${diagram.revision === 1 ? '' : 's'}; the newest is the one shown.`}
        actions={<Link to={detail} className="btn btn-outline-secondary">Back to the diagram</Link>} />
      <PagedList query={revisions} paging={paging} what="revisions" pageSize={50} inline empty="This diagram has no revisions." pagerLabel="Revision pages">
        {(items, busy) => (
          <DataTable
            label="Revisions"
            rows={items}
            rowKey={(r) => String(r.number)}
            busy={busy}
            columns={[
              ...revisionColumns<DiagramRevision>(diagram.revision, { onView: (r) => setView(r.number), onRestore: canWrite ? setRestoring : undefined }),
            ]}
          />
        )}
      </PagedList>

      {view !== null && (
        <section aria-labelledby="diagram-revision-view" className="mt-4">
          <div className="d-flex align-items-center gap-2 mb-2">
            <h2 id="diagram-revision-view" className="h5 mb-0">
              Revision {view}
            </h2>
            <Button variant="link" size="sm" onClick={() => setView(null)}>
              Close
            </Button>
          </div>
          <figure className="diagram-canvas border rounded p-3">
            <DiagramImage orgId={orgId} diagramId={diagram.id} revision={view} alt={`${diagram.name}, revision ${view}`} />
          </figure>
        </section>
      )}

      <ConfirmAction
        item={restoring}
        title="Restore revision"
        confirmLabel="Restore"
        confirmVariant="primary"
        mutation={restore}
        variables={(r) => ({ orgId, diagramId: diagram.id, number: r.number, etag: diagram.etag })}
        onDone={(r, restored) => void navigate(detail, { state: { flash: `Revision ${r.number} restored as revision ${restored.revision}.` } })}
        onClose={() => setRestoring(null)}
      >
        {(r) => <>Make revision {r.number} current again? It is saved as a new revision {diagram.revision + 1}; no revision is lost.</>}
      </ConfirmAction>
    </>
  );
}
