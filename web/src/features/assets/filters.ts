import type { AssetFilters } from './types';

const assetFilterNames = ['q', 'type', 'status', 'locationId', 'tag', 'warrantyBefore'] as const satisfies readonly (keyof AssetFilters)[];

/** The list's filters as query parameters, shared by the list and the CSV export; empty ones are left out. */
export function assetFilterQuery(filters: AssetFilters): Partial<AssetFilters> {
  const query: Partial<AssetFilters> = {};
  for (const name of assetFilterNames) if (filters[name]) query[name] = filters[name];
  return query;
}
