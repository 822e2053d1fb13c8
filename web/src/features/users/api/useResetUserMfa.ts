import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { User } from '../types';
import { userKeys } from './userKeys';

export async function resetUserMfa(userId: string): Promise<User> {
  return unwrap(await api.DELETE('/api/v1/users/{userId}/mfa', { params: { path: { userId } } }));
}

/** Removes the user's authenticator and recovery codes (lost device) and ends their sessions; fresh re-authentication. */
export function useResetUserMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserMfa,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: userKeys.sessions(user.id) }),
      ]);
    },
  });
}
