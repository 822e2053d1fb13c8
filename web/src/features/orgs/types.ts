import type { JsonOf, paths } from '../../api/types';

// The organisation, its list parameters and its keys are shared with the API key pages (src/entities/org).
export type { Org, OrgListParams, OrgPage, OrgSort, OrgStatus } from '../../entities/org/types';
export { orgSorts } from '../../entities/org/types';
export type CreateOrgBody = JsonOf<NonNullable<paths['/api/v1/orgs']['post']['requestBody']>>;
export type UpdateOrgBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}']['patch']['requestBody']>>;

/** The fields the create and edit forms show; API field errors are matched against these. */
export const orgFormFields = ['name', 'slug', 'notes'] as const;
export type OrgFormField = (typeof orgFormFields)[number];
export type OrgFormValues = Record<OrgFormField, string>;
