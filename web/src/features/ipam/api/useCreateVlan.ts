import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { ipamKeys } from '../../../entities/ipam/ipamKeys';
import type { CreateVlanBody, Vlan } from '../types';

export interface CreateVlanInput {
  orgId: string;
  body: CreateVlanBody;
}

/** A VLAN id is unique per organisation: a taken one answers 409 on `vid`. */
export async function createVlan({ orgId, body }: CreateVlanInput): Promise<Vlan> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/vlans', { params: { path: { orgId } }, body }));
}

export function useCreateVlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createVlan,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: ipamKeys.vlans(orgId) }),
  });
}
