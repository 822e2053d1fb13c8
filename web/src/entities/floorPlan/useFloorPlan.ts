import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { floorPlanKeys } from './floorPlanKeys';
import type { FloorPlan } from './types';

export async function getFloorPlan(orgId: string, floorPlanId: string, signal?: AbortSignal): Promise<FloorPlan> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}', { params: { path: { orgId, floorPlanId } }, signal }));
}

/** A floor plan with its drawing's facts, rooms and pins. */
export function useFloorPlan(orgId: string, floorPlanId: string) {
  return useQuery({
    queryKey: floorPlanKeys.detail(orgId, floorPlanId),
    queryFn: ({ signal }) => getFloorPlan(orgId, floorPlanId, signal),
    enabled: Boolean(floorPlanId),
  });
}

