import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { locationKeys } from '../../../entities/location/locationKeys';
import type { Location, SaveLocationBody } from '../types';

export interface SaveLocationInput {
  orgId: string;
  /** Absent to create a location. */
  locationId?: string;
  body: SaveLocationBody;
}

/** Creates (POST) or partially updates (PATCH) a site or network closet; a closet names its site in parentId. */
export async function saveLocation({ orgId, locationId, body }: SaveLocationInput): Promise<Location> {
  return locationId
    ? unwrap(await api.PATCH('/api/v1/orgs/{orgId}/locations/{locationId}', { params: { path: { orgId, locationId } }, body }))
    : unwrap(await api.POST('/api/v1/orgs/{orgId}/locations', { params: { path: { orgId } }, body }));
}

export function useSaveLocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveLocation,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}
