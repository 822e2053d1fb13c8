import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { DirectoryListParams, LocationPage } from '../types';
import { assetKeys } from './assetKeys';

export async function listLocations(orgId: string, params: DirectoryListParams, signal?: AbortSignal): Promise<LocationPage> {
  const query = {
    limit: params.limit,
    ...(params.q ? { q: params.q } : {}),
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/locations', { params: { path: { orgId }, query }, signal }));
}

/** A page of sites and network closets, for the directory. */
export function useLocations(orgId: string, params: DirectoryListParams) {
  return useQuery({
    queryKey: assetKeys.locationList(orgId, params),
    queryFn: ({ signal }) => listLocations(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}
