import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { roleKeys } from '../../../entities/role/roleKeys';
import type { CreateRoleBody, Role } from '../types';

export interface CreateRoleInput {
  orgId: string;
  body: CreateRoleBody;
}

export async function createRole({ orgId, body }: CreateRoleInput): Promise<Role> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/roles', { params: { path: { orgId } }, body }));
}

export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRole,
    onSuccess: (role, { orgId }) => {
      queryClient.setQueryData(roleKeys.detail(orgId, role.id), role);
      return queryClient.invalidateQueries({ queryKey: roleKeys.lists(orgId) });
    },
  });
}
