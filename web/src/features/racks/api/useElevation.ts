import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { rackKeys } from '../../../entities/rack/rackKeys';
import type { Elevation } from '../types';

export async function getElevation(orgId: string, rackId: string, signal?: AbortSignal): Promise<Elevation> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/racks/{rackId}/elevation', { params: { path: { orgId, rackId } }, signal }));
}

/** The rack with its placements and, unit by unit from the top, what occupies the front and the rear. */
export function useElevation(orgId: string, rackId: string) {
  return useQuery({
    queryKey: rackKeys.elevation(orgId, rackId),
    queryFn: ({ signal }) => getElevation(orgId, rackId, signal),
  });
}
