import type { RoleListParams } from '../types';

export const roleKeys = {
  // ['roles', orgId] also prefixes the role choices the members screens cache, so changes here refresh them.
  all: (orgId: string) => ['roles', orgId] as const,
  lists: (orgId: string) => [...roleKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: RoleListParams) => [...roleKeys.lists(orgId), params] as const,
  detail: (orgId: string, roleId: string) => [...roleKeys.all(orgId), 'detail', roleId] as const,
  catalog: ['permissions'] as const,
};
