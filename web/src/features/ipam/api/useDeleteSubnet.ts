import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { ipamKeys } from '../../../entities/ipam/ipamKeys';

export interface DeleteSubnetInput extends EtagWrite {
  subnetId: string;
}

/** Only a subnet holding no addresses of its own can go: the API answers 409 otherwise. */
export async function deleteSubnet({ orgId, subnetId, etag }: DeleteSubnetInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/subnets/{subnetId}', { params: { path: { orgId, subnetId }, header: ifMatch(etag) } }));
}

export function useDeleteSubnet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSubnet,
    onSuccess: (_, { orgId, subnetId }) => {
      queryClient.removeQueries({ queryKey: ipamKeys.subnet(orgId, subnetId) });
      return queryClient.invalidateQueries({ queryKey: ipamKeys.subnets(orgId) });
    },
  });
}
