import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';
import type { Asset, CreateAssetBody } from '../types';

export interface CreateAssetInput {
  orgId: string;
  body: CreateAssetBody;
}

export async function createAsset({ orgId, body }: CreateAssetInput): Promise<Asset> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/assets', { params: { path: { orgId } }, body }));
}

export function useCreateAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAsset,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: assetKeys.lists(orgId) }),
  });
}
