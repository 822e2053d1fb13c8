import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';

export interface DeleteAssetTypeInput extends EtagWrite {
  typeId: string;
}

/** Only unused types can go: the API answers 409 while assets have the type. */
export async function deleteAssetType({ orgId, typeId, etag }: DeleteAssetTypeInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/asset-types/{typeId}', { params: { path: { orgId, typeId }, header: ifMatch(etag) } }));
}

export function useDeleteAssetType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAssetType,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: assetKeys.types(orgId) }),
  });
}
