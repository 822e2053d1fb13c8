import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { hasStatus } from '../../../lib/problem';
import type { PlatformRole, SavePlatformRoleBody } from '../types';
import { teamKeys } from './teamKeys';

export async function listPlatformRoles(signal?: AbortSignal): Promise<PlatformRole[]> {
  return unwrap(await api.GET('/api/v1/platform-roles', { signal }));
}

/** The platform's roles (a handful): the list page, the editor and the grant form's choices. */
export function usePlatformRoles() {
  return useQuery({ queryKey: teamKeys.platformRoles, queryFn: ({ signal }) => listPlatformRoles(signal) });
}

export interface SavePlatformRoleInput {
  /** With an id and etag the role is changed (If-Match); without, created. */
  roleId?: string;
  etag?: string;
  body: SavePlatformRoleBody;
}

export async function savePlatformRole({ roleId, etag, body }: SavePlatformRoleInput): Promise<PlatformRole> {
  return roleId && etag
    ? unwrap(await api.PATCH('/api/v1/platform-roles/{platformRoleId}', { params: { path: { platformRoleId: roleId }, header: ifMatch(etag) }, body }))
    : unwrap(await api.POST('/api/v1/platform-roles', { body }));
}

/** Grants show the role's name and permissions, and users' access its window: those re-read too. */
export function useSavePlatformRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePlatformRole,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: teamKeys.platformRoles }), queryClient.invalidateQueries({ queryKey: teamKeys.all })]),
    onError: (error) => hasStatus(error, 412) && queryClient.invalidateQueries({ queryKey: teamKeys.platformRoles }),
  });
}

export async function deletePlatformRole({ id, etag }: Pick<PlatformRole, 'id' | 'etag'>): Promise<void> {
  unwrap(await api.DELETE('/api/v1/platform-roles/{platformRoleId}', { params: { path: { platformRoleId: id }, header: ifMatch(etag) } }));
}

export function useDeletePlatformRole() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deletePlatformRole, onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.platformRoles }) });
}
