import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';

export interface RemoveRelationInput extends EtagWrite {
  assetId: string;
  relationId: string;
}

export async function removeRelation({ orgId, assetId, relationId, etag }: RemoveRelationInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/orgs/{orgId}/assets/{assetId}/relations/{relationId}', {
      params: { path: { orgId, assetId, relationId }, header: ifMatch(etag) },
    }),
  );
}

export function useRemoveRelation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeRelation,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: assetKeys.details(orgId) }),
  });
}
