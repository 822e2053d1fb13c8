import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { ipamKeys } from '../../../entities/ipam/ipamKeys';
import type { SubnetListParams, SubnetPage } from '../types';

export async function listSubnets(orgId: string, params: SubnetListParams, signal?: AbortSignal): Promise<SubnetPage> {
  const query = {
    limit: params.limit,
    ...(params.q ? { q: params.q } : {}),
    ...(params.family ? { family: Number(params.family) } : {}),
    ...(params.vlanId ? { vlanId: params.vlanId } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/subnets', { params: { path: { orgId }, query }, signal }));
}

/** A page of subnets in network order, each with its parent and utilisation; `q` is a name or an address inside. */
export function useSubnets(orgId: string, params: SubnetListParams) {
  return useQuery({
    queryKey: ipamKeys.subnetList(orgId, params),
    queryFn: ({ signal }) => listSubnets(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}
