import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { hasStatus } from '../../../lib/problem';
import type { UpdateUserBody, User } from '../types';
import { userKeys } from './userKeys';

export interface UpdateUserInput {
  userId: string;
  /** The version the change is based on: a stale one is refused with 412. */
  etag: string;
  changes: UpdateUserBody;
}

export async function updateUser({ userId, etag, changes }: UpdateUserInput): Promise<User> {
  return unwrap(await api.PATCH('/api/v1/users/{userId}', { params: { path: { userId }, header: ifMatch(etag) }, body: changes }));
}

/** Deactivating ends every session of the user, so their session list is refreshed too; a 412 re-reads the user. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: userKeys.sessions(user.id) }),
      ]);
    },
    onError: (error, { userId }) => hasStatus(error, 412) && queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) }),
  });
}
