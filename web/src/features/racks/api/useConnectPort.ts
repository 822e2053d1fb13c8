import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { rackKeys } from '../../../entities/rack/rackKeys';
import type { ConnectPortBody, PatchPanel } from '../types';

export interface ConnectPortInput {
  orgId: string;
  panelId: string;
  number: number;
  body: ConnectPortBody;
}

/** Labels a port and/or patches it to another port or an asset interface; 409 names the connection in the way. */
export async function connectPort({ orgId, panelId, number, body }: ConnectPortInput): Promise<PatchPanel> {
  return unwrap(
    await api.PUT('/api/v1/orgs/{orgId}/patch-panels/{panelId}/ports/{number}', { params: { path: { orgId, panelId, number } }, body }),
  );
}

export function useConnectPort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectPort,
    // Patching to another port changes that port's panel as well.
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: rackKeys.panels(orgId) }),
  });
}
