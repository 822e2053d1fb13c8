import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';
import type { AssetType } from '../types';

export async function listAssetTypes(orgId: string, signal?: AbortSignal): Promise<AssetType[]> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/asset-types', { params: { path: { orgId } }, signal }));
}

/** Built-in types followed by the organisation's custom types with their field definitions (one list, not paged). */
export function useAssetTypes(orgId: string) {
  return useQuery({
    queryKey: assetKeys.types(orgId),
    queryFn: ({ signal }) => listAssetTypes(orgId, signal),
    staleTime: 60_000,
  });
}
