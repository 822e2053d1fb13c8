import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshAddressViews } from '../../../entities/ipam/refreshAddressViews';
import type { CreateSubnetBody, Subnet } from '../types';

export interface CreateSubnetInput {
  orgId: string;
  body: CreateSubnetBody;
}

/** 400 on `network` when it is not canonical CIDR (host bits set), 409 when the organisation already has it. */
export async function createSubnet({ orgId, body }: CreateSubnetInput): Promise<Subnet> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/subnets', { params: { path: { orgId } }, body }));
}

export function useCreateSubnet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSubnet,
    // Parents change and addresses move into the new, more specific subnet.
    onSuccess: (_, { orgId }) => refreshAddressViews(queryClient, orgId),
  });
}
