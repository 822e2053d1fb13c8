import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { locationKeys } from '../../../entities/location/locationKeys';

export interface DeleteLocationInput {
  orgId: string;
  locationId: string;
}

/** The API answers 409 while assets, closets, racks or subnets use the location. */
export async function deleteLocation({ orgId, locationId }: DeleteLocationInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/locations/{locationId}', { params: { path: { orgId, locationId } } }));
}

export function useDeleteLocation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLocation,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: locationKeys.all(orgId) }),
  });
}
