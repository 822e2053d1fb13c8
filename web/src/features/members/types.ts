import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Member = JsonOf<paths['/api/v1/orgs/{orgId}/members']['get']['responses'][200]>['items'][number];
export type MemberPage = JsonOf<paths['/api/v1/orgs/{orgId}/members']['get']['responses'][200]>;
export type AddMemberBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/members']['post']['requestBody']>>;
export type UpdateMemberBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/members/{userId}']['patch']['requestBody']>>;
/** A role as the member screens need it: something to tick. */
export type RoleOption = JsonOf<paths['/api/v1/orgs/{orgId}/roles']['get']['responses'][200]>['items'][number];

export interface MemberListParams {
  q: string;
  cursor: string | null;
  limit: number;
}

/** The fields of the add-member form; API field errors are matched against these. */
export const addMemberFields = ['email', 'roleIds'] as const;
export type AddMemberField = (typeof addMemberFields)[number];
