import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { refreshAssetViews } from '../../../entities/asset/refreshAssetViews';
import type { Asset, UpdateAssetBody } from '../types';

export interface UpdateAssetInput extends EtagWrite {
  assetId: string;
  changes: UpdateAssetBody;
}

export async function updateAsset({ orgId, assetId, etag, changes }: UpdateAssetInput): Promise<Asset> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/assets/{assetId}', {
      params: { path: { orgId, assetId }, header: ifMatch(etag) },
      body: changes,
    }),
  );
}

export function useUpdateAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAsset,
    // The name shows in other assets' relations, in IPAM and in the racks too.
    onSuccess: (_, { orgId }) => refreshAssetViews(queryClient, orgId),
  });
}
