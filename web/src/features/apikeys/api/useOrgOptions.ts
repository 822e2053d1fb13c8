import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { OrgOption } from '../types';
import { apiKeyKeys } from './apiKeyKeys';

// One page of the API's maximum: enough to name the bound organisations and offer them as choices.
const ORG_LIMIT = 500;

export async function listOrgOptions(signal?: AbortSignal): Promise<OrgOption[]> {
  const page = unwrap(await api.GET('/api/v1/orgs', { params: { query: { limit: ORG_LIMIT, sort: 'name' } }, signal }));
  return page.items;
}

/** Organisations by name, for the platform keys' "bound to" column and the create form's choices. */
export function useOrgOptions(enabled = true) {
  return useQuery({
    queryKey: apiKeyKeys.orgOptions,
    queryFn: ({ signal }) => listOrgOptions(signal),
    enabled,
  });
}
