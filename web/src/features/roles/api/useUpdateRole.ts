import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { meKey } from '../../../auth/permissions';
import { roleKeys } from '../../../entities/role/roleKeys';
import type { Role, UpdateRoleBody } from '../types';

export interface UpdateRoleInput extends EtagWrite {
  roleId: string;
  changes: UpdateRoleBody;
}

export async function updateRole({ orgId, roleId, etag, changes }: UpdateRoleInput): Promise<Role> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/roles/{roleId}', {
      params: { path: { orgId, roleId }, header: ifMatch(etag) },
      body: changes,
    }),
  );
}

export function useUpdateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRole,
    onSuccess: (role, { orgId }) => {
      queryClient.setQueryData(roleKeys.detail(orgId, role.id), role);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: roleKeys.lists(orgId) }),
        // Members holding the role (maybe the user) now have other permissions.
        queryClient.invalidateQueries({ queryKey: meKey }),
      ]);
    },
  });
}
