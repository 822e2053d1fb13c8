import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { JsonOf, paths } from '../../api/types';

export type PermissionCatalog = JsonOf<paths['/api/v1/permissions']['get']['responses'][200]>;
export type PermissionModule = PermissionCatalog['modules'][number];

/** The catalog: read by the role editor and the API key form alike. */
export const permissionKeys = {
  catalog: ['permissions'] as const,
};

export async function getPermissionCatalog(signal?: AbortSignal): Promise<PermissionCatalog> {
  return unwrap(await api.GET('/api/v1/permissions', { signal }));
}

/** Every permission the platform knows, grouped by module; it only changes with a deployment. */
export function usePermissionCatalog() {
  return useQuery({
    queryKey: permissionKeys.catalog,
    queryFn: ({ signal }) => getPermissionCatalog(signal),
    staleTime: Infinity,
  });
}
