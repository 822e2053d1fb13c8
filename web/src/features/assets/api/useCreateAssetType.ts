import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';
import type { AssetType, CreateAssetTypeBody } from '../types';

export interface CreateAssetTypeInput {
  orgId: string;
  body: CreateAssetTypeBody;
}

/** 409 when the organisation already has a type with this key. */
export async function createAssetType({ orgId, body }: CreateAssetTypeInput): Promise<AssetType> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/asset-types', { params: { path: { orgId } }, body }));
}

export function useCreateAssetType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAssetType,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: assetKeys.types(orgId) }),
  });
}
