import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AssetDetail } from '../types';
import { assetKeys } from './assetKeys';

export async function getAsset(orgId: string, assetId: string, signal?: AbortSignal): Promise<AssetDetail> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/assets/{assetId}', { params: { path: { orgId, assetId } }, signal }));
}

/** One asset with its interfaces and relations. */
export function useAsset(orgId: string, assetId: string) {
  return useQuery({
    queryKey: assetKeys.detail(orgId, assetId),
    queryFn: ({ signal }) => getAsset(orgId, assetId, signal),
  });
}
