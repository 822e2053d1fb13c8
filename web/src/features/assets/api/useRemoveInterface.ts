import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshAssetViews } from '../../../entities/asset/refreshAssetViews';

export interface RemoveInterfaceInput {
  orgId: string;
  assetId: string;
  interfaceId: string;
}

export async function removeInterface({ orgId, assetId, interfaceId }: RemoveInterfaceInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/orgs/{orgId}/assets/{assetId}/interfaces/{interfaceId}', {
      params: { path: { orgId, assetId, interfaceId } },
    }),
  );
}

export function useRemoveInterface() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeInterface,
    onSuccess: (_, { orgId }) => refreshAssetViews(queryClient, orgId),
  });
}
