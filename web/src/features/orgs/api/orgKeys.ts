import type { OrgListParams } from '../types';

export const orgKeys = {
  all: ['orgs'] as const,
  lists: () => [...orgKeys.all, 'list'] as const,
  list: (params: OrgListParams) => [...orgKeys.lists(), params] as const,
  detail: (orgId: string) => [...orgKeys.all, 'detail', orgId] as const,
};
