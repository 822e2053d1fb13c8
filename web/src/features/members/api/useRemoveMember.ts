import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meKey } from '../../../auth/permissions';
import { memberKeys } from './memberKeys';

export interface RemoveMemberInput {
  orgId: string;
  userId: string;
}

export async function removeMember({ orgId, userId }: RemoveMemberInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId } } }));
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: (_, { orgId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: memberKeys.lists(orgId) }),
        queryClient.invalidateQueries({ queryKey: meKey }),
      ]),
  });
}
