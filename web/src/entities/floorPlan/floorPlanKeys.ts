import type { QueryClient } from '@tanstack/react-query';
import type { FloorPlanListParams } from './types';

/** Every read of an organisation's floor plans (lists, plans, revisions, drawings) sits under `all(orgId)`. */
export const floorPlanKeys = {
  all: (orgId: string) => ['floor-plans', orgId] as const,
  lists: (orgId: string) => [...floorPlanKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: FloorPlanListParams) => [...floorPlanKeys.lists(orgId), params] as const,
  plan: (orgId: string, planId: string) => [...floorPlanKeys.all(orgId), 'plan', planId] as const,
  detail: (orgId: string, planId: string) => [...floorPlanKeys.plan(orgId, planId), 'detail'] as const,
  revisions: (orgId: string, planId: string, cursor: string | null) => [...floorPlanKeys.plan(orgId, planId), 'revisions', cursor] as const,
  revision: (orgId: string, planId: string, number: number) => [...floorPlanKeys.plan(orgId, planId), 'revision', number] as const,
  /** A drawing: the current one (revision null) changes with every upload, a revision's never. */
  drawing: (orgId: string, planId: string, revision: number | null, version: string) =>
    [...floorPlanKeys.plan(orgId, planId), 'drawing', revision, version] as const,
};

/** After a plan is written: its own reads and every list (the asset page's "On floor plans" among them). */
export function refreshFloorPlanViews(queryClient: QueryClient, orgId: string, planId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: floorPlanKeys.plan(orgId, planId) }),
    queryClient.invalidateQueries({ queryKey: floorPlanKeys.lists(orgId) }),
  ]);
}
