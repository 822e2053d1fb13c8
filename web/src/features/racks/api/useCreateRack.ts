import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { rackKeys } from '../../../entities/rack/rackKeys';
import type { CreateRackBody, Rack } from '../types';

export interface CreateRackInput {
  orgId: string;
  body: CreateRackBody;
}

export async function createRack({ orgId, body }: CreateRackInput): Promise<Rack> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/racks', { params: { path: { orgId } }, body }));
}

export function useCreateRack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRack,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: rackKeys.racks(orgId) }),
  });
}
