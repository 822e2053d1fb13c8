import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AssetSummary } from '../types';
import { ipamKeys } from './ipamKeys';

const PICKER_SIZE = 20;

export async function searchAssets(orgId: string, q: string, signal?: AbortSignal): Promise<AssetSummary[]> {
  const query = { limit: PICKER_SIZE, ...(q ? { q } : {}) };
  return (await unwrap(await api.GET('/api/v1/orgs/{orgId}/assets', { params: { path: { orgId }, query }, signal }))).items;
}

/** The first assets matching `q` (name, serial, model or MAC), for the address form's asset picker. */
export function useAssetSearch(orgId: string, q: string, enabled: boolean) {
  return useQuery({
    queryKey: ipamKeys.assetSearch(orgId, q),
    queryFn: ({ signal }) => searchAssets(orgId, q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
