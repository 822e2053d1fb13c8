import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AssetDetail } from '../types';
import { rackKeys } from './rackKeys';

export async function getAsset(orgId: string, assetId: string, signal?: AbortSignal): Promise<AssetDetail> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/assets/{assetId}', { params: { path: { orgId, assetId } }, signal }));
}

/** One asset with its interfaces (the interface select of the port editor); idle until an asset is picked. */
export function useAsset(orgId: string, assetId: string) {
  return useQuery({
    queryKey: rackKeys.asset(orgId, assetId),
    queryFn: ({ signal }) => getAsset(orgId, assetId, signal),
    enabled: Boolean(assetId),
    staleTime: 60_000,
  });
}
