import { useMutation } from '@tanstack/react-query';
import { api, reauthReason, unwrap } from '../../api/client';
import type { RevealedSecret } from './types';

export interface RevealSecretInput {
  orgId: string;
  credentialId: string;
  field: string;
  /** What a re-auth prompt says it is for: "reveal this password", "copy this password". */
  reason?: string;
}

/**
 * One secret in plaintext. Needs vault.reveal and a recent re-authentication: a 403 reauth-required answer
 * opens the re-auth dialog and the shared client retries the call.
 */
export async function revealSecret({ orgId, credentialId, field, reason }: RevealSecretInput): Promise<RevealedSecret> {
  return unwrap(
    await api.POST('/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/reveal', {
      params: { path: { orgId, credentialId } },
      body: { field },
      middleware: reason ? [reauthReason(reason)] : [],
    }),
  );
}

/** Callers copy the value into component state and reset the mutation, so the cache never keeps it. */
export function useRevealSecret() {
  return useMutation({ mutationFn: revealSecret, gcTime: 0 });
}
