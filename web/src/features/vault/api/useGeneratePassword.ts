import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { GeneratedPassword, GeneratePasswordBody } from '../types';

export async function generatePassword(body: GeneratePasswordBody): Promise<GeneratedPassword> {
  return unwrap(await api.POST('/api/v1/vault/password-generator', { body }));
}

/** The API generates with the server's CSPRNG; nothing is stored. gcTime 0: the password leaves the mutation cache at once. */
export function useGeneratePassword() {
  return useMutation({ mutationFn: generatePassword, gcTime: 0 });
}
