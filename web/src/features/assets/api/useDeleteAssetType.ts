import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';

export interface DeleteAssetTypeInput {
  orgId: string;
  typeId: string;
}

/** Only unused types can go: the API answers 409 while assets have the type. */
export async function deleteAssetType({ orgId, typeId }: DeleteAssetTypeInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/asset-types/{typeId}', { params: { path: { orgId, typeId } } }));
}

export function useDeleteAssetType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAssetType,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: assetKeys.types(orgId) }),
  });
}
