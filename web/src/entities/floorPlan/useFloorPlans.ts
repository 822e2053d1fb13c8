import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { floorPlanKeys } from './floorPlanKeys';
import type { FloorPlanListParams, FloorPlanPage } from './types';

export async function listFloorPlans(orgId: string, params: FloorPlanListParams, signal?: AbortSignal): Promise<FloorPlanPage> {
  const query = {
    limit: params.limit,
    ...(params.q ? { q: params.q } : {}),
    ...(params.locationId ? { locationId: params.locationId } : {}),
    ...(params.assetId ? { assetId: params.assetId } : {}),
    ...(params.rackId ? { rackId: params.rackId } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
    ...(params.sort && params.sort !== 'name' ? { sort: params.sort } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/floor-plans', { params: { path: { orgId }, query }, signal }));
}

/** A page of floor plans: searched, of a location, or (the asset and rack pages) those pinning an item. */
export function useFloorPlans(orgId: string, params: FloorPlanListParams, enabled = true) {
  return useQuery({
    queryKey: floorPlanKeys.list(orgId, params),
    queryFn: ({ signal }) => listFloorPlans(orgId, params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
