import { useParams, useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDiagramRevisions } from '../api/useDiagramRevisions';
import { useRestoreDiagramRevision } from '../api/useSaveDiagram';
import { diagramPath, useDocsScope } from '../docsScope';
import type { Diagram, DiagramRevision } from '../types';
import { DiagramImage } from './DiagramImage';
import { useDiagramCrumbs } from './DiagramPage';
import { DiagramQuery } from './DiagramQuery';
import { RevisionHistory } from './RevisionHistory';
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
  const scope = useDocsScope();
  const paging = useCursorStack(diagram.id);
  const revisions = useDiagramRevisions(orgId, diagram.id, paging.cursor);
  const restore = useRestoreDiagramRevision();
  const detail = diagramPath(scope, diagram.id);
  const crumbs = useDiagramCrumbs(diagram.folderId, { to: detail, label: diagram.name });
  const viewParam = searchParams.get('view');
  const view = viewParam && /^\d+$/.test(viewParam) ? Number(viewParam) : null;
  const setView = (number: number | null) => setSearchParams(number === null ? {} : { view: String(number) }, { replace: true });

  return (
    <RevisionHistory
      noun="diagram"
      record={{ name: diagram.name, revision: diagram.revision, path: detail }}
      newest="is the one shown"
      crumbs={crumbs}
      revisions={revisions}
      paging={paging}
      onView={(r) => setView(r.number)}
      restore={{
        mutation: restore,
        variables: (r: DiagramRevision) => ({ orgId, diagramId: diagram.id, number: r.number, etag: diagram.etag }),
        done: (r, restored) => `Revision ${r.number} restored as revision ${restored.revision}.`,
        question: (r) => <>Make revision {r.number} current again? It is saved as a new revision {diagram.revision + 1}; no revision is lost.</>,
      }}
      pane={
        view !== null && (
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
        )
      }
    />
  );
}
