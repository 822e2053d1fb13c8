import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { assetKeys } from './assetKeys';
import type { AssetDetail } from './types';

export async function getAsset(orgId: string, assetId: string, signal?: AbortSignal): Promise<AssetDetail> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/assets/{assetId}', { params: { path: { orgId, assetId } }, signal }));
}

const assetQuery = (orgId: string, assetId: string, enabled: boolean) => ({
  queryKey: assetKeys.detail(orgId, assetId),
  queryFn: ({ signal }: { signal: AbortSignal }) => getAsset(orgId, assetId, signal),
  enabled: enabled && Boolean(assetId),
});

/** One asset with its interfaces, relations, addresses and rack; idle while `assetId` is empty. */
export function useAsset(orgId: string, assetId: string, enabled = true) {
  return useQuery(assetQuery(orgId, assetId, enabled));
}

/** The assets a page of rows refers to, by id (missing while loading, or without assets.read). */
export function useAssetDetails(orgId: string, assetIds: readonly string[], enabled: boolean): Map<string, AssetDetail> {
  const unique = [...new Set(assetIds)];
  const results = useQueries({ queries: unique.map((id) => ({ ...assetQuery(orgId, id, enabled), retry: false })) });
  const byId = new Map<string, AssetDetail>();
  results.forEach((r, i) => {
    if (r.data) byId.set(unique[i], r.data);
  });
  return byId;
}
