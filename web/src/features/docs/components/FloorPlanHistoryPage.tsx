import { useParams, useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import { FloorPlanCanvas } from '../../../entities/floorPlan/FloorPlanCanvas';
import type { FloorPlan, FloorPlanRevision } from '../../../entities/floorPlan/types';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage } from '../../../lib/problem';
import { useFloorPlanRevision, useFloorPlanRevisions, useRestoreFloorPlanRevision } from '../api/useFloorPlanWrites';
import { FloorPlanQuery, useFloorPlanCrumbs } from './FloorPlanQuery';
import { RevisionHistory } from './RevisionHistory';

const sourceLabels: Record<string, string> = { image: 'Image', pdf: 'PDF', svg: 'SVG', magicplan: 'MagicPlan' };

/** `/orgs/:orgId/docs/floor-plans/:floorPlanId/history`: every revision; look at one with its pins, restore one. */
export function FloorPlanHistoryPage() {
  const { orgId = '', floorPlanId = '' } = useParams();
  return (
    <FloorPlanQuery orgId={orgId} floorPlanId={floorPlanId}>
      {(plan) => <History key={plan.id} orgId={orgId} plan={plan} />}
    </FloorPlanQuery>
  );
}

function History({ orgId, plan }: { orgId: string; plan: FloorPlan }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const paging = useCursorStack(plan.id);
  const revisions = useFloorPlanRevisions(orgId, plan.id, paging.cursor);
  const restore = useRestoreFloorPlanRevision();
  const detail = `/orgs/${orgId}/docs/floor-plans/${plan.id}`;
  const crumbs = useFloorPlanCrumbs(orgId, { to: detail, label: plan.name });
  const viewParam = searchParams.get('view');
  const view = viewParam && /^\d+$/.test(viewParam) ? Number(viewParam) : null;
  const setView = (number: number | null) => setSearchParams(number === null ? {} : { view: String(number) }, { replace: true });

  return (
    <RevisionHistory
      noun="floor plan"
      record={{ name: plan.name, revision: plan.revision, path: detail }}
      newest="is the one shown"
      crumbs={crumbs}
      intro={<p className="text-body-secondary">Every new drawing and every change of the pins is a revision.</p>}
      empty="This floor plan has no revisions yet: upload its drawing."
      revisions={revisions}
      paging={paging}
      onView={(r) => setView(r.number)}
      extras={{ note: (r: FloorPlanRevision) => <div className="small text-body-secondary">{sourceLabels[r.sourceKind] ?? r.sourceKind}: {r.originalFileName}</div> }}
      restore={{
        mutation: restore,
        variables: (r: FloorPlanRevision) => ({ orgId, floorPlanId: plan.id, number: r.number, etag: plan.etag }),
        done: (r, restored) => `Revision ${r.number} restored as revision ${restored.revision}.`,
        question: (r) => <>Make revision {r.number} current again, with its drawing and its pins? It is saved as a new revision {plan.revision + 1}; no revision is lost.</>,
      }}
      pane={view !== null && <RevisionView orgId={orgId} plan={plan} number={view} onClose={() => setView(null)} />}
    />
  );
}

function RevisionView({ orgId, plan, number, onClose }: { orgId: string; plan: FloorPlan; number: number; onClose: () => void }) {
  const revision = useFloorPlanRevision(orgId, plan.id, number);
  return (
    <section aria-labelledby="floor-plan-revision-view" className="mt-4">
      <div className="d-flex align-items-center gap-2 mb-2">
        <h2 id="floor-plan-revision-view" className="h5 mb-0">
          Revision {number}
        </h2>
        <Button variant="link" size="sm" onClick={onClose}>
          Close
        </Button>
      </div>
      {revision.isError && <p className="text-danger small">Could not load revision {number}: {errorMessage(revision.error)}</p>}
      {revision.data && (
        <div style={{ maxWidth: '60rem' }}>
          <FloorPlanCanvas orgId={orgId} floorPlanId={plan.id} drawing={revision.data.drawing} version={`r${number}`} revision={number}
            alt={`${plan.name}, revision ${number}`} pins={revision.data.pins} rooms={revision.data.rooms} />
          <p className="small text-body-secondary mt-2">
            {revision.data.pins.length} pin(s){revision.data.rooms.length > 0 && `, ${revision.data.rooms.length} room(s)`}.
          </p>
        </div>
      )}
    </section>
  );
}
