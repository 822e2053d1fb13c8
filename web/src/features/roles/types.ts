import type { JsonOf, paths } from '../../api/types';

export type { PermissionCatalog, PermissionModule } from '../../entities/permission/usePermissionCatalog';

export type Role = JsonOf<paths['/api/v1/orgs/{orgId}/roles/{roleId}']['get']['responses'][200]>;
export type RolePage = JsonOf<paths['/api/v1/orgs/{orgId}/roles']['get']['responses'][200]>;
export type CreateRoleBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/roles']['post']['requestBody']>>;
export type UpdateRoleBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/roles/{roleId}']['patch']['requestBody']>>;

export const roleSorts = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: '-name', label: 'Name (Z–A)' },
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
] as const;
export type RoleSort = (typeof roleSorts)[number]['value'];

export interface RoleListParams {
  sort: RoleSort;
  cursor: string | null;
  limit: number;
}

/** The fields of the role form; API field errors are matched against these. */
export const roleFormFields = ['name', 'description', 'permissions', 'reauthWindowMinutes', 'clearReauthWindow'] as const;
export type RoleFormField = (typeof roleFormFields)[number];
export interface RoleFormValues {
  name: string;
  description: string;
  permissions: string[];
  /** Minutes as typed; '' for the platform's default. */
  reauthWindow: string;
}
