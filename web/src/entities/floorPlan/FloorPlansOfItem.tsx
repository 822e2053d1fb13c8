import { Link } from 'react-router';
import { useCan } from '../../auth/permissions';
import { errorMessage } from '../../lib/problem';
import { FloorPlanCanvas } from './FloorPlanCanvas';
import { useFloorPlan } from './useFloorPlan';
import { useFloorPlans } from './useFloorPlans';

/**
 * "On floor plans" beside an asset or a rack: each plan that pins it, a small view of the plan with the spot marked,
 * linking to the plan with the pin picked out. Nothing without `docs.read` (the plans are documentation).
 */
export function FloorPlansOfItem({ orgId, assetId = '', rackId = '' }: { orgId: string; assetId?: string; rackId?: string }) {
  const canRead = useCan(orgId, 'docs.read');
  const plans = useFloorPlans(orgId, { q: '', locationId: '', assetId, rackId, sort: 'name', cursor: null, limit: 10 }, canRead);
  if (!canRead) return null;
  const items = plans.data?.items ?? [];
  const item = assetId ? `asset=${encodeURIComponent(assetId)}` : `rack=${encodeURIComponent(rackId)}`;
  return (
    <section aria-labelledby="related-floor-plans" className="border rounded p-3 mb-3">
      <h2 id="related-floor-plans" className="h5">
        On floor plans
      </h2>
      {plans.isError ? (
        <p className="small text-danger mb-0">Could not load the floor plans: {errorMessage(plans.error)}</p>
      ) : plans.isPending ? (
        <p className="small text-body-secondary mb-0">Loading…</p>
      ) : items.length === 0 ? (
        <p className="small text-body-secondary mb-0">No floor plan shows where this {assetId ? 'asset' : 'rack'} is. Pin it on one in Docs → Floor plans.</p>
      ) : (
        <ul className="list-unstyled mb-0" aria-label="Floor plans showing it">
          {items.map((plan) => (
            <li key={plan.id} className="mb-3">
              <Link to={`/orgs/${orgId}/docs/floor-plans/${plan.id}?${item}`} className="fw-semibold d-block mb-1 text-break">
                {plan.name}
                {plan.level && <span className="small text-body-secondary fw-normal"> · {plan.level}</span>}
              </Link>
              <SmallPlan orgId={orgId} planId={plan.id} revision={plan.revision} name={plan.name} markers={plan.matchedPins} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A plan's drawing at the panel's width, the item's spots marked; read once the plan says what the drawing is. */
function SmallPlan({ orgId, planId, revision, name, markers }: { orgId: string; planId: string; revision: number; name: string; markers: { x: number; y: number }[] }) {
  const plan = useFloorPlan(orgId, planId);
  if (!plan.data?.drawing) return null;
  return (
    <FloorPlanCanvas orgId={orgId} floorPlanId={planId} drawing={plan.data.drawing} version={String(revision)} alt={`Floor plan ${name}`} markers={markers} compact />
  );
}
