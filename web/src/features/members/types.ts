import type { JsonOf, paths } from '../../api/types';

export type { RoleOption } from '../../entities/role/useRoleOptions';

export type Member = JsonOf<paths['/api/v1/orgs/{orgId}/members']['get']['responses'][200]>['items'][number];
export type MemberPage = JsonOf<paths['/api/v1/orgs/{orgId}/members']['get']['responses'][200]>;
export type AddMemberBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/members']['post']['requestBody']>>;
export type UpdateMemberBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/members/{userId}']['patch']['requestBody']>>;

export interface MemberListParams {
  q: string;
  cursor: string | null;
  limit: number;
}

/** The fields of the add-member form; API field errors are matched against these. */
export const addMemberFields = ['email', 'roleIds'] as const;
export type AddMemberField = (typeof addMemberFields)[number];
