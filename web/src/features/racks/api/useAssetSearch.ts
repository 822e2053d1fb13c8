import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AssetSummary } from '../types';
import { rackKeys } from './rackKeys';

const PICKER_SIZE = 20;

export async function searchAssets(orgId: string, q: string, signal?: AbortSignal): Promise<AssetSummary[]> {
  const query = { limit: PICKER_SIZE, ...(q ? { q } : {}) };
  return (await unwrap(await api.GET('/api/v1/orgs/{orgId}/assets', { params: { path: { orgId }, query }, signal }))).items;
}

/** The first assets matching `q` (name, serial, model or MAC), for the mount form and the port editor. */
export function useAssetSearch(orgId: string, q: string) {
  return useQuery({
    queryKey: rackKeys.assetSearch(orgId, q),
    queryFn: ({ signal }) => searchAssets(orgId, q, signal),
    placeholderData: keepPreviousData,
  });
}
