import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshAssetDetails } from '../../../entities/asset/refreshAssetViews';
import { rackKeys } from '../../../entities/rack/rackKeys';
import type { PlaceAssetBody, Placement } from '../types';

export interface PlaceAssetInput {
  orgId: string;
  rackId: string;
  body: PlaceAssetBody;
}

/** Mounts an asset, or moves it here when it is already mounted (an asset is in one rack at most). */
export async function placeAsset({ orgId, rackId, body }: PlaceAssetInput): Promise<Placement> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/racks/{rackId}/placements', { params: { path: { orgId, rackId } }, body }));
}

export function usePlaceAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: placeAsset,
    // A move frees units in another rack too; the asset's page shows where it is mounted.
    onSuccess: (_, { orgId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: rackKeys.racks(orgId) }), refreshAssetDetails(queryClient, orgId)]),
  });
}
