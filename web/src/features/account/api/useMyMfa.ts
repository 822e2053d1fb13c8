import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { MfaStatus } from '../types';
import { accountKeys } from './accountKeys';

export async function getMyMfa(signal?: AbortSignal): Promise<MfaStatus> {
  return unwrap(await api.GET('/api/v1/me/mfa', { signal }));
}

export function useMyMfa() {
  return useQuery({ queryKey: accountKeys.mfa(), queryFn: ({ signal }) => getMyMfa(signal) });
}
