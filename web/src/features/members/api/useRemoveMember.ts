import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { meKey } from '../../../auth/permissions';
import { memberKeys } from './memberKeys';

export interface RemoveMemberInput extends EtagWrite {
  userId: string;
}

export async function removeMember({ orgId, userId, etag }: RemoveMemberInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId }, header: ifMatch(etag) } }));
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
