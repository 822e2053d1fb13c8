import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type User = JsonOf<paths['/api/v1/users/{userId}']['get']['responses'][200]>;
export type UserPage = JsonOf<paths['/api/v1/users']['get']['responses'][200]>;
export type CreateUserBody = JsonOf<NonNullable<paths['/api/v1/users']['post']['requestBody']>>;
export type UpdateUserBody = JsonOf<NonNullable<paths['/api/v1/users/{userId}']['patch']['requestBody']>>;
export type ResetPasswordBody = JsonOf<NonNullable<paths['/api/v1/users/{userId}/password']['post']['requestBody']>>;
export type UserAccess = JsonOf<paths['/api/v1/users/{userId}/access']['get']['responses'][200]>;
export type OrgAccess = UserAccess['organisations'][number];
export type UserSessionPage = JsonOf<paths['/api/v1/users/{userId}/sessions']['get']['responses'][200]>;

export const userSorts = [
  { value: 'email', label: 'Email (A–Z)' },
  { value: '-email', label: 'Email (Z–A)' },
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
] as const;

export type UserSort = (typeof userSorts)[number]['value'];

/** '' shows everyone; the URL holds 'true' or 'false'. */
export type UserActiveFilter = '' | 'true' | 'false';

export interface UserListParams {
  q: string;
  active: UserActiveFilter;
  sort: UserSort;
  cursor: string | null;
  limit: number;
}

export interface UserSessionListParams {
  cursor: string | null;
  limit: number;
}

/** The fields of the new-user form; API field errors are matched against these. */
export const createUserFields = ['email', 'displayName', 'password', 'isGlobalAdmin', 'mustChangePassword'] as const;
export type CreateUserField = (typeof createUserFields)[number];

/** Locked after too many wrong passwords, until `lockedUntil` passes. */
export function isLocked(user: Pick<User, 'lockedUntil'>, now: Date = new Date()): boolean {
  return user.lockedUntil != null && new Date(user.lockedUntil).getTime() > now.getTime();
}
