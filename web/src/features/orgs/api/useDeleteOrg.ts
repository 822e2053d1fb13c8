import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { orgKeys } from './orgKeys';

export interface DeleteOrgInput {
  orgId: string;
  etag: string;
}

export async function deleteOrg({ orgId, etag }: DeleteOrgInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/orgs/{orgId}', {
      params: { path: { orgId }, header: { 'If-Match': etag } },
    }),
  );
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
