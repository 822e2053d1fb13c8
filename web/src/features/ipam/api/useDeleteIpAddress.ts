import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { refreshAddressViews } from '../../../entities/ipam/refreshAddressViews';

export interface DeleteIpAddressInput extends EtagWrite {
  ipAddressId: string;
}

export async function deleteIpAddress({ orgId, ipAddressId, etag }: DeleteIpAddressInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/ip-addresses/{ipAddressId}', { params: { path: { orgId, ipAddressId }, header: ifMatch(etag) } }));
}

export function useDeleteIpAddress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteIpAddress,
    onSuccess: (_, { orgId }) => refreshAddressViews(queryClient, orgId),
  });
}
