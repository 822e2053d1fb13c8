import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { roleKeys } from '../../../entities/role/roleKeys';

export interface DeleteRoleInput extends EtagWrite {
  roleId: string;
}

export async function deleteRole({ orgId, roleId, etag }: DeleteRoleInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/roles/{roleId}', { params: { path: { orgId, roleId }, header: ifMatch(etag) } }));
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
