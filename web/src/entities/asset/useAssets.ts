import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { AssetStatus } from '../../api/types';
import { assetKeys } from './assetKeys';
import type { AssetFilters, AssetListParams, AssetPage } from './types';

const assetFilterNames = ['q', 'type', 'status', 'locationId', 'tag', 'warrantyBefore'] as const satisfies readonly (keyof AssetFilters)[];

/** The list's filters as query parameters, shared by the list and the CSV export; empty ones are left out. */
export function assetFilterQuery(filters: Partial<AssetFilters>): Omit<Partial<AssetFilters>, 'status'> & { status?: AssetStatus } {
  const query: Partial<AssetFilters> = {};
  for (const name of assetFilterNames) if (filters[name]) query[name] = filters[name];
  return { ...query, status: query.status as AssetStatus | undefined };
}

export async function listAssets(orgId: string, params: AssetListParams, signal?: AbortSignal): Promise<AssetPage> {
  const query = {
    limit: params.limit,
    ...(params.sort && params.sort !== 'name' ? { sort: params.sort } : {}),
    ...assetFilterQuery(params),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/assets', { params: { path: { orgId }, query }, signal }));
}

/** A page of the organisation's assets matching the filters (the assets page, and every asset picker's search). */
export function useAssets(orgId: string, params: AssetListParams, enabled = true) {
  return useQuery({
    queryKey: assetKeys.list(orgId, params),
    queryFn: ({ signal }) => listAssets(orgId, params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
