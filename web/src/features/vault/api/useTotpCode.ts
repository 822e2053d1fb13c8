import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { TotpCode } from '../types';
import { vaultKeys } from './vaultKeys';

export async function getTotpCode(orgId: string, credentialId: string, signal?: AbortSignal): Promise<TotpCode> {
  return unwrap(
    await api.GET('/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/totp', { params: { path: { orgId, credentialId } }, signal }),
  );
}

/**
 * The current code of the credential's TOTP seed (same rules as reveal). The caller refetches when the code
 * expires; gcTime 0 drops the code from the cache as soon as nothing shows it.
 */
export function useTotpCode(orgId: string, credentialId: string) {
  return useQuery({
    queryKey: vaultKeys.totp(orgId, credentialId),
    queryFn: ({ signal }) => getTotpCode(orgId, credentialId, signal),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
