import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { rackKeys, type RackListParams } from '../../../entities/rack/rackKeys';
import type { RackPage } from '../types';

export async function listRacks(orgId: string, params: RackListParams, signal?: AbortSignal): Promise<RackPage> {
  const query = {
    limit: params.limit,
    ...(params.q ? { q: params.q } : {}),
    ...(params.locationId ? { locationId: params.locationId } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
    ...(params.sort && params.sort !== 'name' ? { sort: params.sort } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/racks', { params: { path: { orgId }, query }, signal }));
}

/** A page of the organisation's racks by name, searched and filtered by location on the server (the list, and the rack picker). */
export function useRacks(orgId: string, params: RackListParams) {
  return useQuery({
    queryKey: rackKeys.list(orgId, params),
    queryFn: ({ signal }) => listRacks(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}
