import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshAddressViews } from '../../../entities/ipam/refreshAddressViews';

export interface DeleteIpAddressInput {
  orgId: string;
  ipAddressId: string;
}

export async function deleteIpAddress({ orgId, ipAddressId }: DeleteIpAddressInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/ip-addresses/{ipAddressId}', { params: { path: { orgId, ipAddressId } } }));
}

export function useDeleteIpAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteIpAddress,
    onSuccess: (_, { orgId }) => refreshAddressViews(queryClient, orgId),
  });
}
