import { useQuery } from '@tanstack/react-query';
import { api, reauthReason, unwrap } from '../../api/client';
import type { TotpCode } from './types';
import { credentialKeys } from './credentialKeys';

/** `reason` words a re-auth prompt: "show the one-time code", "copy the one-time code". */
export async function getTotpCode(orgId: string, credentialId: string, reason: string, signal?: AbortSignal): Promise<TotpCode> {
  return unwrap(
    await api.GET('/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/totp', {
      params: { path: { orgId, credentialId } },
      signal,
      middleware: [reauthReason(reason)],
    }),
  );
}

/**
 * The current code of the credential's TOTP seed (same rules as reveal). The caller refetches when the code
 * expires; gcTime 0 drops the code from the cache as soon as nothing shows it.
 */
export function useTotpCode(orgId: string, credentialId: string) {
  return useQuery({
    queryKey: credentialKeys.totp(orgId, credentialId),
    queryFn: ({ signal }) => getTotpCode(orgId, credentialId, 'show the one-time code', signal),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
