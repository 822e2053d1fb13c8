import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { assetFilterQuery } from '../filters';
import type { AssetListParams, AssetPage } from '../types';
import { assetKeys } from './assetKeys';

export async function listAssets(orgId: string, params: AssetListParams, signal?: AbortSignal): Promise<AssetPage> {
  const query = {
    limit: params.limit,
    ...(params.sort !== 'name' ? { sort: params.sort } : {}),
    ...assetFilterQuery(params),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/assets', { params: { path: { orgId }, query }, signal }));
}

/** A page of the organisation's assets matching the filters. */
export function useAssets(orgId: string, params: AssetListParams, enabled = true) {
  return useQuery({
    queryKey: assetKeys.list(orgId, params),
    queryFn: ({ signal }) => listAssets(orgId, params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
