import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { rackKeys } from '../../../entities/rack/rackKeys';
import type { CreatePatchPanelBody, PatchPanel } from '../types';

export interface CreatePatchPanelInput {
  orgId: string;
  body: CreatePatchPanelBody;
}

export async function createPatchPanel({ orgId, body }: CreatePatchPanelInput): Promise<PatchPanel> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/patch-panels', { params: { path: { orgId } }, body }));
}

export function useCreatePatchPanel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPatchPanel,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: rackKeys.panels(orgId) }),
  });
}
