import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { hasStatus } from '../../../lib/problem';
import { meKey } from '../../../auth/permissions';
import { accountKeys } from './accountKeys';

/** `etag`: of the MFA status shown; a stale one (e.g. turned off or re-enrolled on another device) is refused with 412. */
export async function disableTotp(etag: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/me/mfa/totp', { params: { header: ifMatch(etag) } }));
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
    onError: (error) => hasStatus(error, 412) && queryClient.invalidateQueries({ queryKey: accountKeys.mfa() }),
  });
}
