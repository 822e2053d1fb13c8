import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { orgKeys } from './orgKeys';
import type { OrgSummary } from './types';

// One page of the API's maximum: enough to name organisations and offer them as choices.
const ORG_LIMIT = 500;

export async function listOrgOptions(signal?: AbortSignal): Promise<OrgSummary[]> {
  const page = unwrap(await api.GET('/api/v1/orgs', { params: { query: { limit: ORG_LIMIT, sort: 'name' } }, signal }));
  return page.items;
}

/** Organisations by name, e.g. for the platform keys' "bound to" column and the create form's choices. */
export function useOrgOptions(enabled = true) {
  return useQuery({
    queryKey: orgKeys.options(),
    queryFn: ({ signal }) => listOrgOptions(signal),
    enabled,
  });
}
