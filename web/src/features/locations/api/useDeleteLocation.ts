import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { locationKeys } from '../../../entities/location/locationKeys';

export interface DeleteLocationInput extends EtagWrite {
  locationId: string;
}

/** The API answers 409 while assets, closets, racks or subnets use the location. */
export async function deleteLocation({ orgId, locationId, etag }: DeleteLocationInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/locations/{locationId}', { params: { path: { orgId, locationId }, header: ifMatch(etag) } }));
}

export function useDeleteLocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLocation,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}
