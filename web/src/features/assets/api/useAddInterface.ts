import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshAssetViews } from '../../../entities/asset/refreshAssetViews';
import type { AssetInterface, CreateInterfaceBody } from '../types';

export interface AddInterfaceInput {
  orgId: string;
  assetId: string;
  body: CreateInterfaceBody;
}

/** 409 when the asset already has an interface of that name. */
export async function addInterface({ orgId, assetId, body }: AddInterfaceInput): Promise<AssetInterface> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/assets/{assetId}/interfaces', { params: { path: { orgId, assetId } }, body }));
}

export function useAddInterface() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addInterface,
    // The interface's MAC joins the asset's MAC addresses, which changes its etag.
    onSuccess: (_, { orgId }) => refreshAssetViews(queryClient, orgId),
  });
}
