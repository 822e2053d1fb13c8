import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { roleKeys } from '../../../entities/role/roleKeys';
import type { RoleListParams, RolePage } from '../types';

export async function listRoles(orgId: string, params: RoleListParams, signal?: AbortSignal): Promise<RolePage> {
  const query = { limit: params.limit, sort: params.sort, ...(params.cursor ? { cursor: params.cursor } : {}) };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/roles', { params: { path: { orgId }, query }, signal }));
}

export function useRoles(orgId: string, params: RoleListParams) {
  return useQuery({
    queryKey: roleKeys.list(orgId, params),
    queryFn: ({ signal }) => listRoles(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}
