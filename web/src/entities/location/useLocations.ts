import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { JsonOf, paths } from '../../api/types';
import { locationKeys, type LocationListParams } from './locationKeys';

export type LocationPage = JsonOf<paths['/api/v1/orgs/{orgId}/locations']['get']['responses'][200]>;
export type Location = LocationPage['items'][number];

/** The API's largest page: enough locations for a select and for naming an asset's or a rack's location. */
export const OPTIONS_LIMIT = 500;

export async function listLocations(orgId: string, params: LocationListParams, signal?: AbortSignal): Promise<LocationPage> {
  const query = {
    limit: params.limit,
    ...(params.q ? { q: params.q } : {}),
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
    ...(params.sort && params.sort !== 'name' ? { sort: params.sort } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/locations', { params: { path: { orgId }, query }, signal }));
}

/** A page of sites and network closets, for the Locations tab. */
export function useLocations(orgId: string, params: LocationListParams) {
  return useQuery({
    queryKey: locationKeys.list(orgId, params),
    queryFn: ({ signal }) => listLocations(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every location (up to OPTIONS_LIMIT) for selects, filters and names; `truncated` when there are more. */
export function useLocationOptions(orgId: string) {
  return useQuery({
    queryKey: locationKeys.options(orgId),
    queryFn: async ({ signal }) => {
      const page = await listLocations(orgId, { q: '', cursor: null, limit: OPTIONS_LIMIT }, signal);
      return { items: page.items, truncated: Boolean(page.nextCursor) };
    },
    staleTime: 60_000,
  });
}
