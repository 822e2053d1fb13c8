import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { hasStatus } from '../../../lib/problem';
import type { User } from '../types';
import { userKeys } from './userKeys';

export interface ResetUserMfaInput {
  userId: string;
  /** The user's version the reset is based on: a stale one is refused with 412. */
  etag: string;
}

export async function resetUserMfa({ userId, etag }: ResetUserMfaInput): Promise<User> {
  return unwrap(await api.DELETE('/api/v1/users/{userId}/mfa', { params: { path: { userId }, header: ifMatch(etag) } }));
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
    onError: (error, { userId }) => hasStatus(error, 412) && queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) }),
  });
}
