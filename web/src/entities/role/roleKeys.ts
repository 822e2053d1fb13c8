export interface RoleListParams {
  sort: string;
  cursor: string | null;
  limit: number;
}

/** An organisation's roles: the roles pages, and the role choices of the member screens. */
export const roleKeys = {
  all: (orgId: string) => ['roles', orgId] as const,
  lists: (orgId: string) => [...roleKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: RoleListParams) => [...roleKeys.lists(orgId), params] as const,
  /** Under lists: a role created, renamed or deleted refreshes the member screens' choices too. */
  options: (orgId: string) => [...roleKeys.lists(orgId), 'options'] as const,
  detail: (orgId: string, roleId: string) => [...roleKeys.all(orgId), 'detail', roleId] as const,
};
