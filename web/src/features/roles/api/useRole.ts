import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { roleKeys } from '../../../entities/role/roleKeys';
import type { Role } from '../types';

export async function getRole(orgId: string, roleId: string, signal?: AbortSignal): Promise<Role> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/roles/{roleId}', { params: { path: { orgId, roleId } }, signal }));
}

export function useRole(orgId: string, roleId: string) {
  return useQuery({
    queryKey: roleKeys.detail(orgId, roleId),
    queryFn: ({ signal }) => getRole(orgId, roleId, signal),
  });
}
