import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { ipamKeys } from '../../../entities/ipam/ipamKeys';
import type { IpAddressListParams, IpAddressPage } from '../types';

export async function listIpAddresses(orgId: string, params: IpAddressListParams, signal?: AbortSignal): Promise<IpAddressPage> {
  const query = {
    limit: params.limit,
    subnetId: params.subnetId,
    ...(params.q ? { q: params.q } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/ip-addresses', { params: { path: { orgId }, query }, signal }));
}

/** A page of the addresses a subnet holds, in address order, optionally narrowed by hostname or address. */
export function useIpAddresses(orgId: string, params: IpAddressListParams) {
  return useQuery({
    queryKey: ipamKeys.addressList(orgId, params),
    queryFn: ({ signal }) => listIpAddresses(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}
