import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateFloorPlan } from '../api/useFloorPlanWrites';
import { emptyFloorPlanForm, FloorPlanForm } from './FloorPlanForm';
import { useFloorPlanCrumbs } from './FloorPlanQuery';

/** `/orgs/:orgId/docs/floor-plans/new`: name, location and level; the plan then opens to take its drawing. */
export function FloorPlanCreatePage() {
  const { orgId = '' } = useParams();
  const navigate = useNavigate();
  const create = useCreateFloorPlan();
  const crumbs = useFloorPlanCrumbs(orgId);
  return (
    <>
      <PageHeader crumbs={crumbs} title="New floor plan" orgId={orgId} subtitle="Name it and say where it is; you upload its drawing next." />
      <FloorPlanForm
        orgId={orgId}
        initial={emptyFloorPlanForm}
        submitLabel="Create and upload the drawing"
        busy={create.isPending}
        error={create.error}
        onCancel={() => void navigate(`/orgs/${orgId}/docs?view=floor-plans`)}
        onSubmit={(v) =>
          create.mutate(
            { orgId, body: { name: v.name.trim(), locationId: v.locationId || null, level: v.level.trim() || null, description: v.description.trim() || null } },
            { onSuccess: (plan) => void navigate(`/orgs/${orgId}/docs/floor-plans/${plan.id}`, { state: { flash: `Floor plan “${plan.name}” created. Upload its drawing.` } }) },
          )
        }
      />
    </>
  );
}
