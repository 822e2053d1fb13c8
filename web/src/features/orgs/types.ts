import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Org = JsonOf<paths['/api/v1/orgs/{orgId}']['get']['responses'][200]>;
export type OrgPage = JsonOf<paths['/api/v1/orgs']['get']['responses'][200]>;
export type CreateOrgBody = JsonOf<NonNullable<paths['/api/v1/orgs']['post']['requestBody']>>;
export type UpdateOrgBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}']['patch']['requestBody']>>;

export type OrgStatus = 'active' | 'archived';

export const orgSorts = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: '-name', label: 'Name (Z–A)' },
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: 'updatedAt', label: 'Least recently updated' },
] as const;

export type OrgSort = (typeof orgSorts)[number]['value'];

export interface OrgListParams {
  q: string;
  status: OrgStatus | '';
  sort: OrgSort;
  cursor: string | null;
  limit: number;
}

/** The fields the create and edit forms show; API field errors are matched against these. */
export const orgFormFields = ['name', 'slug', 'notes'] as const;
export type OrgFormField = (typeof orgFormFields)[number];
export type OrgFormValues = Record<OrgFormField, string>;
