import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Location } from '../types';
import { rackKeys } from './rackKeys';

/** The API's largest page: enough locations for a select. */
const OPTIONS_LIMIT = 500;

export async function listLocationOptions(orgId: string, signal?: AbortSignal): Promise<Location[]> {
  const query = { limit: OPTIONS_LIMIT };
  return (await unwrap(await api.GET('/api/v1/orgs/{orgId}/locations', { params: { path: { orgId }, query }, signal }))).items;
}

/** Locations for the rack form's select, the location filter and naming a rack's location. */
export function useLocationOptions(orgId: string) {
  return useQuery({
    queryKey: rackKeys.locations(orgId),
    queryFn: ({ signal }) => listLocationOptions(orgId, signal),
    staleTime: 60_000,
  });
}
