import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';
import { refreshAssetViews } from '../../../entities/asset/refreshAssetViews';

export interface DeleteAssetInput extends EtagWrite {
  assetId: string;
}

/** Deletes the asset with its interfaces and relations; a 412 means it changed since it was read. */
export async function deleteAsset({ orgId, assetId, etag }: DeleteAssetInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/assets/{assetId}', { params: { path: { orgId, assetId }, header: ifMatch(etag) } }));
}

export function useDeleteAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAsset,
    onSuccess: (_, { orgId, assetId }) => {
      queryClient.removeQueries({ queryKey: assetKeys.detail(orgId, assetId) });
      // Other assets lose their relations to it, racks its placement, addresses their assignment.
      return refreshAssetViews(queryClient, orgId);
    },
  });
}
