import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { ipamKeys } from '../../../entities/ipam/ipamKeys';
import type { Vlan } from '../types';

export async function listVlans(orgId: string, signal?: AbortSignal): Promise<Vlan[]> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/vlans', { params: { path: { orgId } }, signal }));
}

/** Every VLAN of the organisation (one list, not paged: at most 4094), by VLAN id. */
export function useVlans(orgId: string) {
  return useQuery({
    queryKey: ipamKeys.vlans(orgId),
    queryFn: ({ signal }) => listVlans(orgId, signal),
  });
}
