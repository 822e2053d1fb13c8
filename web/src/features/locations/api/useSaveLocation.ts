import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { hasStatus } from '../../../lib/problem';
import { locationKeys } from '../../../entities/location/locationKeys';
import type { CreateLocationBody, Location, UpdateLocationBody } from '../types';

/** Without an id a new location is created; with one, `etag` is the version edited (a change made meanwhile is refused with 412). */
export type SaveLocationInput = { orgId: string } & ({ locationId?: undefined; etag?: undefined; body: CreateLocationBody } | { locationId: string; etag: string; body: UpdateLocationBody });

/** Creates (POST) or partially updates (PATCH) a site or network closet; a closet names its site in parentId. */
export async function saveLocation(input: SaveLocationInput): Promise<Location> {
  const { orgId } = input;
  return input.locationId !== undefined
    ? unwrap(await api.PATCH('/api/v1/orgs/{orgId}/locations/{locationId}', { params: { path: { orgId, locationId: input.locationId }, header: ifMatch(input.etag) }, body: input.body }))
    : unwrap(await api.POST('/api/v1/orgs/{orgId}/locations', { params: { path: { orgId } }, body: input.body }));
}

export function useSaveLocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveLocation,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
    // Someone else changed it meanwhile: the lists re-read, so editing again starts from their version.
    onError: (error, { orgId }) => hasStatus(error, 412) && queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}
