import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { roleKeys } from './roleKeys';

export interface DeleteRoleInput {
  orgId: string;
  roleId: string;
  etag: string;
}

export async function deleteRole({ orgId, roleId, etag }: DeleteRoleInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/orgs/{orgId}/roles/{roleId}', {
      params: { path: { orgId, roleId }, header: { 'If-Match': etag } },
    }),
  );
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRole,
    onSuccess: (_, { orgId, roleId }) => {
      queryClient.removeQueries({ queryKey: roleKeys.detail(orgId, roleId) });
      return queryClient.invalidateQueries({ queryKey: roleKeys.lists(orgId) });
    },
  });
}
