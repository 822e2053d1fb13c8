import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { orgKeys } from '../../../entities/org/orgKeys';

export type DeleteOrgInput = EtagWrite;

export async function deleteOrg({ orgId, etag }: DeleteOrgInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}', { params: { path: { orgId }, header: ifMatch(etag) } }));
}

export function useDeleteOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOrg,
    onSuccess: (_, { orgId }) => {
      queryClient.removeQueries({ queryKey: orgKeys.detail(orgId) });
      return queryClient.invalidateQueries({ queryKey: orgKeys.lists() });
    },
  });
}
