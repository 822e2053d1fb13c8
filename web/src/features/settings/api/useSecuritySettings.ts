import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { SecuritySettings } from '../types';
import { settingsKeys } from './settingsKeys';

export async function getSecuritySettings(signal?: AbortSignal): Promise<SecuritySettings> {
  return unwrap(await api.GET('/api/v1/settings/security', { signal }));
}

export function useSecuritySettings() {
  return useQuery({ queryKey: settingsKeys.security(), queryFn: ({ signal }) => getSecuritySettings(signal) });
}
