import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { ipamKeys } from '../../../entities/ipam/ipamKeys';
import type { Subnet } from '../types';

export async function getSubnet(orgId: string, subnetId: string, signal?: AbortSignal): Promise<Subnet> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/subnets/{subnetId}', { params: { path: { orgId, subnetId } }, signal }));
}

/** One subnet with its utilisation; disabled while `subnetId` is empty (e.g. a parent that does not exist). */
export function useSubnet(orgId: string, subnetId: string) {
  return useQuery({
    queryKey: ipamKeys.subnet(orgId, subnetId),
    queryFn: ({ signal }) => getSubnet(orgId, subnetId, signal),
    enabled: Boolean(subnetId),
  });
}
