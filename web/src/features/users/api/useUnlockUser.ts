import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { User } from '../types';
import { userKeys } from './userKeys';

export async function unlockUser(userId: string): Promise<User> {
  return unwrap(await api.POST('/api/v1/users/{userId}/unlock', { params: { path: { userId } } }));
}

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
