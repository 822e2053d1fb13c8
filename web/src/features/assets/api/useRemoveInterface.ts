import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { refreshAssetViews } from '../../../entities/asset/refreshAssetViews';

export interface RemoveInterfaceInput extends EtagWrite {
  assetId: string;
  interfaceId: string;
}

export async function removeInterface({ orgId, assetId, interfaceId, etag }: RemoveInterfaceInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/orgs/{orgId}/assets/{assetId}/interfaces/{interfaceId}', {
      params: { path: { orgId, assetId, interfaceId }, header: ifMatch(etag) },
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
