import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshAddressViews } from '../../../entities/ipam/refreshAddressViews';
import type { CreateIpAddressBody, IpAddress } from '../types';

export interface CreateIpAddressInput {
  orgId: string;
  body: CreateIpAddressBody;
}

/**
 * Documents an address in the most specific subnet containing it. 400 on `address` outside every subnet or on a
 * network/broadcast address; 409 on `address` when it is already documented (the message names the holder).
 */
export async function createIpAddress({ orgId, body }: CreateIpAddressInput): Promise<IpAddress> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/ip-addresses', { params: { path: { orgId } }, body }));
}

export function useCreateIpAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIpAddress,
    // Utilisation of the subnet and of every subnet containing it changes too.
    onSuccess: (_, { orgId }) => refreshAddressViews(queryClient, orgId),
  });
}
