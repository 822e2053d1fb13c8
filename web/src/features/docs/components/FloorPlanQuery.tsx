import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import type { Crumb } from '../../../components/PageHeader';
import { useFloorPlan } from '../../../entities/floorPlan/useFloorPlan';
import type { FloorPlan } from '../../../entities/floorPlan/types';
import { useDocsScope } from '../docsScope';

/** The floor plan of the route, with its loading and error states (gone, or not the reader's: 404). */
export function FloorPlanQuery({ orgId, floorPlanId, children }: { orgId: string; floorPlanId: string; children: (plan: FloorPlan) => ReactNode }) {
  const plan = useFloorPlan(orgId, floorPlanId);
  const back = <Link to={`/orgs/${orgId}/docs?view=floor-plans`}>Back to the floor plans</Link>;
  return (
    <QueryState query={plan} what="the floor plan" notFound="This floor plan does not exist or you cannot access it." errorFooter={back}>
      {children}
    </QueryState>
  );
}

/** Organisations / client / Docs / Floor plans / … */
export function useFloorPlanCrumbs(orgId: string, ...more: Crumb[]): Crumb[] {
  const scope = useDocsScope();
  return scope.crumbs(scope.home, { to: `/orgs/${orgId}/docs?view=floor-plans`, label: 'Floor plans' }, ...more);
}
