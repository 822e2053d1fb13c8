import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { PermissionCatalog } from '../types';
import { apiKeyKeys } from './apiKeyKeys';

export async function getPermissionCatalog(signal?: AbortSignal): Promise<PermissionCatalog> {
  return unwrap(await api.GET('/api/v1/permissions', { signal }));
}

/** Every permission the platform knows, grouped by module: the scopes a key may be given. */
export function usePermissionCatalog() {
  return useQuery({
    queryKey: apiKeyKeys.catalog,
    queryFn: ({ signal }) => getPermissionCatalog(signal),
    staleTime: Infinity,
  });
}
