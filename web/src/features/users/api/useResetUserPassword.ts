import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ResetPasswordBody, User } from '../types';
import { userKeys } from './userKeys';

export interface ResetUserPasswordInput {
  userId: string;
  body: ResetPasswordBody;
}

export async function resetUserPassword({ userId, body }: ResetUserPasswordInput): Promise<User> {
  return unwrap(await api.POST('/api/v1/users/{userId}/password', { params: { path: { userId } }, body }));
}

/** The user must change the new password at next sign-in; their sessions end. */
export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserPassword,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.sessions(user.id) }),
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
      ]);
    },
  });
}
