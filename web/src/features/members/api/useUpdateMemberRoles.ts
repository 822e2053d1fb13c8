import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { hasStatus } from '../../../lib/problem';
import { meKey } from '../../../auth/permissions';
import type { Member } from '../types';
import { memberKeys } from './memberKeys';

export interface UpdateMemberRolesInput extends EtagWrite {
  userId: string;
  /** Replaces every role the member has. */
  roleIds: string[];
}

export async function updateMemberRoles({ orgId, userId, etag, roleIds }: UpdateMemberRolesInput): Promise<Member> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId }, header: ifMatch(etag) }, body: { roleIds } }),
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
    // Someone else changed the membership: the list re-reads, and so shows their roles.
    onError: (error, { orgId }) => hasStatus(error, 412) && queryClient.invalidateQueries({ queryKey: memberKeys.lists(orgId) }),
  });
}
