import type { LocationKind } from '../../api/types';
export interface LocationListParams {
  q: string;
  /** '', 'site' or 'closet'. */
  kind?: LocationKind;
  cursor: string | null;
  limit: number;
  /** `name` (the API's default, left out) or `-name`. */
  sort?: string;
}

/** Sites and network closets: the Locations tab, and every select and name of a location (assets, racks). */
export const locationKeys = {
  all: (orgId: string) => ['locations', orgId] as const,
  lists: (orgId: string) => [...locationKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: LocationListParams) => [...locationKeys.lists(orgId), params] as const,
  options: (orgId: string) => [...locationKeys.all(orgId), 'options'] as const,
};
