import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { UpdateUserBody, User } from '../types';
import { userKeys } from './userKeys';

export interface UpdateUserInput {
  userId: string;
  changes: UpdateUserBody;
}

export async function updateUser({ userId, changes }: UpdateUserInput): Promise<User> {
  return unwrap(await api.PATCH('/api/v1/users/{userId}', { params: { path: { userId } }, body: changes }));
}

/** Deactivating ends every session of the user, so their session list is refreshed too. */
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
  });
}
