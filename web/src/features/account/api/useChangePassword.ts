import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meKey } from '../../../auth/permissions';
import type { ChangePasswordBody } from '../types';
import { accountKeys } from './accountKeys';

export async function changePassword(body: ChangePasswordBody): Promise<void> {
  unwrap(await api.POST('/api/v1/me/password', { body }));
}

/** Changing the password ends every other session and clears `mustChangePassword`. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meKey }),
        queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
      ]),
  });
}
