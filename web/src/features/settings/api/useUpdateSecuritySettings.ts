import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { meKey } from '../../../auth/permissions';
import { hasStatus } from '../../../lib/problem';
import type { SecuritySettings, UpdateSecuritySettingsBody } from '../types';
import { settingsKeys } from './settingsKeys';

export interface UpdateSecuritySettingsInput {
  /** Of the settings shown: another administrator's change since is refused with 412. */
  etag: string;
  changes: UpdateSecuritySettingsBody;
}

export async function updateSecuritySettings({ etag, changes }: UpdateSecuritySettingsInput): Promise<SecuritySettings> {
  return unwrap(await api.PATCH('/api/v1/settings/security', { params: { header: ifMatch(etag) }, body: changes }));
}

/**
 * Fresh re-authentication (the API client asks for it). /me is refreshed: requiring MFA may oblige this admin to enrol.
 * A 412 re-reads the settings, so the page shows the other change and a retry carries the current etag.
 */
export function useUpdateSecuritySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSecuritySettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.security(), settings);
      return queryClient.invalidateQueries({ queryKey: meKey });
    },
    onError: (error) => hasStatus(error, 412) && queryClient.invalidateQueries({ queryKey: settingsKeys.security() }),
  });
}
