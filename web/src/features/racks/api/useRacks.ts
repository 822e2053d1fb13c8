import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { rackKeys } from '../../../entities/rack/rackKeys';
import type { Rack } from '../types';

export async function listRacks(orgId: string, locationId: string, signal?: AbortSignal): Promise<Rack[]> {
  const query = locationId ? { locationId } : {};
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/racks', { params: { path: { orgId }, query }, signal }));
}

/** Every rack of the organisation (one list, not paged), optionally only those at one location. */
export function useRacks(orgId: string, locationId = '') {
  return useQuery({
    queryKey: rackKeys.list(orgId, locationId),
    queryFn: ({ signal }) => listRacks(orgId, locationId, signal),
  });
}
