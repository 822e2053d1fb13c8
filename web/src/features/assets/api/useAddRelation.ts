import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';
import type { AssetRelation, CreateRelationBody } from '../types';

export interface AddRelationInput {
  orgId: string;
  assetId: string;
  body: CreateRelationBody;
}

/** Relates the asset (from) to another asset (to); 409 when that relation exists already. */
export async function addRelation({ orgId, assetId, body }: AddRelationInput): Promise<AssetRelation> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/assets/{assetId}/relations', { params: { path: { orgId, assetId } }, body }));
}

export function useAddRelation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addRelation,
    // Both ends list the relation.
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: assetKeys.details(orgId) }),
  });
}
