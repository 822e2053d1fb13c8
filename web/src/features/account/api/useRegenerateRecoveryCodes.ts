import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { RecoveryCodes } from '../types';
import { accountKeys } from './accountKeys';

export async function regenerateRecoveryCodes(): Promise<RecoveryCodes> {
  return unwrap(await api.POST('/api/v1/me/mfa/recovery-codes', {}));
}

/** Ten new codes; the old ones stop working. Needs a fresh re-authentication (the API client asks for it). */
export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateRecoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.mfa() }),
  });
}
