import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { PermissionCatalog } from '../types';
import { roleKeys } from './roleKeys';

export async function getPermissionCatalog(signal?: AbortSignal): Promise<PermissionCatalog> {
  return unwrap(await api.GET('/api/v1/permissions', { signal }));
}

/** Every permission the platform knows, grouped by module; it only changes with a deployment. */
export function usePermissionCatalog() {
  return useQuery({
    queryKey: roleKeys.catalog,
    queryFn: ({ signal }) => getPermissionCatalog(signal),
    staleTime: Infinity,
  });
}
