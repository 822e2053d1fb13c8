import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { refreshAssetDetails } from '../../../entities/asset/refreshAssetViews';
import { rackKeys } from '../../../entities/rack/rackKeys';

export interface RemovePlacementInput extends EtagWrite {
  rackId: string;
  placementId: string;
}

/** Unmounts an asset; the asset itself stays. */
export async function removePlacement({ orgId, rackId, placementId, etag }: RemovePlacementInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/orgs/{orgId}/racks/{rackId}/placements/{placementId}', {
      params: { path: { orgId, rackId, placementId }, header: ifMatch(etag) },
    }),
  );
}

export function useRemovePlacement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePlacement,
    onSuccess: (_, { orgId }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: rackKeys.racks(orgId) }), refreshAssetDetails(queryClient, orgId)]),
  });
}
