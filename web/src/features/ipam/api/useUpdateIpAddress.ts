import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { refreshAddressViews } from '../../../entities/ipam/refreshAddressViews';
import { hasStatus } from '../../../lib/problem';
import type { IpAddress, UpdateIpAddressBody } from '../types';

export interface UpdateIpAddressInput extends EtagWrite {
  ipAddressId: string;
  /** Only the fields that change; an empty hostname or description clears it. */
  changes: UpdateIpAddressBody;
}

export async function updateIpAddress({ orgId, ipAddressId, changes, etag }: UpdateIpAddressInput): Promise<IpAddress> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/ip-addresses/{ipAddressId}', { params: { path: { orgId, ipAddressId }, header: ifMatch(etag) }, body: changes }),
  );
}

export function useUpdateIpAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIpAddress,
    // A changed address may move to another subnet.
    onSuccess: (_, { orgId }) => refreshAddressViews(queryClient, orgId),
    // Someone else changed it meanwhile: the lists re-read, so editing again starts from their version.
    onError: (error, { orgId }) => hasStatus(error, 412) && refreshAddressViews(queryClient, orgId),
  });
}
