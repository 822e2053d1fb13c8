import type { JsonOf, paths } from '../../api/types';

export type Org = JsonOf<paths['/api/v1/orgs/{orgId}']['get']['responses'][200]>;
export type OrgPage = JsonOf<paths['/api/v1/orgs']['get']['responses'][200]>;
export type OrgSummary = OrgPage['items'][number];

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
