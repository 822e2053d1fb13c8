import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { RecoveryCodes } from '../types';

export async function confirmTotp(code: string): Promise<RecoveryCodes> {
  return unwrap(await api.POST('/api/v1/me/mfa/totp/confirm', { body: { code } }));
}

/**
 * Turns MFA on and answers the recovery codes. Nothing is invalidated here: refreshing /me or the MFA status
 * now would swap the screen away before the codes are saved, so the caller refreshes once they are.
 */
export function useConfirmTotp() {
  return useMutation({ mutationFn: confirmTotp });
}
