import type { SearchPageParams } from '../types';

/** Teams, their members and grants, and the platform roles teams are granted. */
export const teamKeys = {
  all: ['teams'] as const,
  lists: () => [...teamKeys.all, 'list'] as const,
  list: (params: SearchPageParams) => [...teamKeys.lists(), params] as const,
  detail: (teamId: string) => [...teamKeys.all, 'detail', teamId] as const,
  members: (teamId: string) => [...teamKeys.detail(teamId), 'members'] as const,
  memberList: (teamId: string, params: SearchPageParams) => [...teamKeys.members(teamId), params] as const,
  grants: (teamId: string) => [...teamKeys.detail(teamId), 'grants'] as const,
  platformRoles: ['platform-roles'] as const,
  /** Everyone's access changes with a team: the users pages re-read it. */
  userAccess: ['users'] as const,
};
