import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meKey } from '../../../auth/permissions';
import { accountKeys } from './accountKeys';

export async function disableTotp(): Promise<void> {
  unwrap(await api.DELETE('/api/v1/me/mfa/totp', {}));
}

/** Turns the authenticator off (fresh re-authentication; 409 while MFA is required for the user). */
export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTotp,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.mfa() }),
        queryClient.invalidateQueries({ queryKey: meKey }),
      ]),
  });
}
