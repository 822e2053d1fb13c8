import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Asset, UpdateAssetBody } from '../types';
import { refreshAssetViews } from '../../../entities/asset/refreshAssetViews';

export interface UpdateAssetInput {
  orgId: string;
  assetId: string;
  /** The etag the edits are based on; a 412 means someone else changed the asset since. */
  etag: string;
  changes: UpdateAssetBody;
}

export async function updateAsset({ orgId, assetId, etag, changes }: UpdateAssetInput): Promise<Asset> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/assets/{assetId}', {
      params: { path: { orgId, assetId }, header: { 'If-Match': etag } },
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
