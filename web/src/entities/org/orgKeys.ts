import type { OrgListParams } from './types';

/** Organisations: the list pages, each organisation's settings, and the choices other pages offer (API keys). */
export const orgKeys = {
  all: ['orgs'] as const,
  lists: () => [...orgKeys.all, 'list'] as const,
  list: (params: OrgListParams) => [...orgKeys.lists(), params] as const,
  /** Under lists: whatever refreshes the lists refreshes the choices too. */
  options: () => [...orgKeys.lists(), 'options'] as const,
  detail: (orgId: string) => [...orgKeys.all, 'detail', orgId] as const,
};
