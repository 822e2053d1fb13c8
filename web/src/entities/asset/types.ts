import type { JsonOf, paths } from '../../api/types';

type AssetsPath = paths['/api/v1/orgs/{orgId}/assets'];

export type AssetPage = JsonOf<AssetsPath['get']['responses'][200]>;
export type Asset = AssetPage['items'][number];
export type AssetDetail = JsonOf<paths['/api/v1/orgs/{orgId}/assets/{assetId}']['get']['responses'][200]>;
export type AssetInterface = AssetDetail['interfaces'][number];

export const assetSorts = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: '-name', label: 'Name (Z–A)' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: 'updatedAt', label: 'Least recently updated' },
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
] as const;
export type AssetSort = (typeof assetSorts)[number]['value'];

export interface AssetFilters {
  q: string;
  type: string;
  /** An AssetStatus, or '' for any (the URL may hold anything: the API answers 400 to an unknown one). */
  status: string;
  locationId: string;
  tag: string;
  /** YYYY-MM-DD. */
  warrantyBefore: string;
}

/** A page of the list: the full filters on the assets page, just `q` in the pickers. */
export interface AssetListParams extends Partial<AssetFilters> {
  sort?: AssetSort;
  cursor: string | null;
  limit: number;
}
