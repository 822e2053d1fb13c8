import type { AssetListParams } from './types';

/** Every cached read of an organisation's assets sits under `all(orgId)`: lists, searches, details, types. */
export const assetKeys = {
  all: (orgId: string) => ['assets', orgId] as const,
  lists: (orgId: string) => [...assetKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: AssetListParams) => [...assetKeys.lists(orgId), params] as const,
  details: (orgId: string) => [...assetKeys.all(orgId), 'detail'] as const,
  detail: (orgId: string, assetId: string) => [...assetKeys.details(orgId), assetId] as const,
  types: (orgId: string) => [...assetKeys.all(orgId), 'types'] as const,
};
