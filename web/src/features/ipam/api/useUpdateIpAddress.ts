import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshAddressViews } from '../../../entities/ipam/refreshAddressViews';
import type { IpAddress, SaveIpAddressBody } from '../types';

export interface UpdateIpAddressInput {
  orgId: string;
  ipAddressId: string;
  /** Only the fields that change; an empty hostname or description clears it. */
  changes: SaveIpAddressBody;
}

export async function updateIpAddress({ orgId, ipAddressId, changes }: UpdateIpAddressInput): Promise<IpAddress> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/ip-addresses/{ipAddressId}', { params: { path: { orgId, ipAddressId } }, body: changes }),
  );
}

export function useUpdateIpAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIpAddress,
    // A changed address may move to another subnet.
    onSuccess: (_, { orgId }) => refreshAddressViews(queryClient, orgId),
  });
}
