import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { rackKeys } from '../../../entities/rack/rackKeys';

export interface DisconnectPortInput extends EtagWrite {
  panelId: string;
  number: number;
}

/** Removes a port's connection (both ends, when patched to another port); its label stays. */
export async function disconnectPort({ orgId, panelId, number, etag }: DisconnectPortInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/orgs/{orgId}/patch-panels/{panelId}/ports/{number}/connection', {
      params: { path: { orgId, panelId, number }, header: ifMatch(etag) },
    }),
  );
}

export function useDisconnectPort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disconnectPort,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: rackKeys.panels(orgId) }),
  });
}
