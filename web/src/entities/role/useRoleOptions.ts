import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { JsonOf, paths } from '../../api/types';
import { roleKeys } from './roleKeys';

/** A role as the member screens need it: something to tick. */
export type RoleOption = JsonOf<paths['/api/v1/orgs/{orgId}/roles']['get']['responses'][200]>['items'][number];

// Organisations have a handful of roles; one page of the API's maximum holds them all.
const ROLE_LIMIT = 500;

export async function listRoleOptions(orgId: string, signal?: AbortSignal): Promise<RoleOption[]> {
  const page = unwrap(
    await api.GET('/api/v1/orgs/{orgId}/roles', { params: { path: { orgId }, query: { limit: ROLE_LIMIT, sort: 'name' } }, signal }),
  );
  return page.items;
}

/** The organisation's roles, offered as checkboxes when adding a member or changing their roles. */
export function useRoleOptions(orgId: string, enabled = true) {
  return useQuery({
    queryKey: roleKeys.options(orgId),
    queryFn: ({ signal }) => listRoleOptions(orgId, signal),
    enabled,
  });
}
