import type { JsonOf, paths } from '../../api/types';

export type Team = JsonOf<paths['/api/v1/teams/{teamId}']['get']['responses'][200]>;
export type TeamPage = JsonOf<paths['/api/v1/teams']['get']['responses'][200]>;
export type TeamMemberPage = JsonOf<paths['/api/v1/teams/{teamId}/members']['get']['responses'][200]>;
export type TeamMember = TeamMemberPage['items'][number];
export type TeamGrant = JsonOf<paths['/api/v1/teams/{teamId}/grants']['get']['responses'][200]>[number];
export type AddGrantBody = JsonOf<NonNullable<paths['/api/v1/teams/{teamId}/grants']['post']['requestBody']>>;
export type PlatformRole = JsonOf<paths['/api/v1/platform-roles']['get']['responses'][200]>[number];
export type SavePlatformRoleBody = JsonOf<NonNullable<paths['/api/v1/platform-roles']['post']['requestBody']>>;
export type UserSummary = JsonOf<paths['/api/v1/users']['get']['responses'][200]>['items'][number];

export interface SearchPageParams {
  q: string;
  cursor: string | null;
  limit: number;
}

/** The fields of the team form; API field errors are matched against these. */
export const teamFormFields = ['name', 'description'] as const;
export type TeamFormField = (typeof teamFormFields)[number];

/** The fields of the grant form. */
export const grantFormFields = ['orgId', 'platformRoleId', 'roleId'] as const;
export type GrantFormField = (typeof grantFormFields)[number];

/** The fields of the platform role form. */
export const platformRoleFields = ['name', 'description', 'permissions', 'reauthWindowMinutes', 'clearReauthWindow'] as const;
export type PlatformRoleField = (typeof platformRoleFields)[number];
