import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meKey } from '../../../auth/permissions';
import type { Member } from '../types';
import { memberKeys } from './memberKeys';

export interface UpdateMemberRolesInput {
  orgId: string;
  userId: string;
  /** Replaces every role the member has. */
  roleIds: string[];
}

export async function updateMemberRoles({ orgId, userId, roleIds }: UpdateMemberRolesInput): Promise<Member> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId } }, body: { roleIds } }),
  );
}

export function useUpdateMemberRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMemberRoles,
    onSuccess: (_, { orgId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: memberKeys.lists(orgId) }),
        // The user may have changed their own roles, and so their permissions.
        queryClient.invalidateQueries({ queryKey: meKey }),
      ]),
  });
}
