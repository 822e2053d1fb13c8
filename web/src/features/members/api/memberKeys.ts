import type { MemberListParams } from '../types';

export const memberKeys = {
  all: (orgId: string) => ['members', orgId] as const,
  lists: (orgId: string) => [...memberKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: MemberListParams) => [...memberKeys.lists(orgId), params] as const,
};
