import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meKey } from '../../../auth/permissions';
import type { SecuritySettings, UpdateSecuritySettingsBody } from '../types';
import { settingsKeys } from './settingsKeys';

export async function updateSecuritySettings(body: UpdateSecuritySettingsBody): Promise<SecuritySettings> {
  return unwrap(await api.PATCH('/api/v1/settings/security', { body }));
}

/** Fresh re-authentication (the API client asks for it). /me is refreshed: requiring MFA may oblige this admin to enrol. */
export function useUpdateSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSecuritySettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.security(), settings);
      return queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}
