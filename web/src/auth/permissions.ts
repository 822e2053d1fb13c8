import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { paths } from '../api/schema';

// The signed-in user and what they may do, for the shell and every feature alike: features never import src/app,
// so what they need from the session lives here (the shell's AuthProvider only wires sign-in and tokens).

type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The signed-in user with their memberships and effective permissions per organisation. */
export type Me = JsonOf<paths['/api/v1/me']['get']['responses'][200]>;
export type MeMembership = Me['memberships'][number];

export const meKey = ['me'] as const;

export async function getMe(signal?: AbortSignal): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me', { signal }));
}

/** The current user; shared by every feature (the navbar, permission checks). */
export function useMe(enabled = true) {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => getMe(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/**
 * Whether `me` holds `permission` in the organisation `orgId`.
 * Global admins hold every permission in every organisation, member or not.
 * Only a UI hint: the API checks every request itself.
 */
export function can(me: Me | null | undefined, orgId: string | null | undefined, permission: string): boolean {
  if (!me) return false;
  if (me.isGlobalAdmin) return true;
  if (!orgId) return false;
  const membership = (me.memberships ?? []).find((m) => m.orgId === orgId);
  return Boolean(membership?.permissions.includes(permission));
}

export interface Permissions {
  me: Me | undefined;
  /** False until /me has answered; pages may keep actions hidden meanwhile. */
  ready: boolean;
  can: (orgId: string | null | undefined, permission: string) => boolean;
}

/** `can(orgId, permission)` bound to the current user. */
export function usePermissions(): Permissions {
  const me = useMe();
  const data = me.data;
  const check = useCallback((orgId: string | null | undefined, permission: string) => can(data, orgId, permission), [data]);
  return { me: data, ready: me.isSuccess, can: check };
}

/** Whether the current user holds `permission` in `orgId` (false until /me has answered). */
export function useCan(orgId: string | null | undefined, permission: string): boolean {
  return usePermissions().can(orgId, permission);
}
