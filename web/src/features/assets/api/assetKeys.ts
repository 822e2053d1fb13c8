import type { AssetListParams, DirectoryListParams } from '../types';

export const assetKeys = {
  all: (orgId: string) => ['assets', orgId] as const,
  lists: (orgId: string) => [...assetKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: AssetListParams) => [...assetKeys.lists(orgId), params] as const,
  details: (orgId: string) => [...assetKeys.all(orgId), 'detail'] as const,
  detail: (orgId: string, assetId: string) => [...assetKeys.details(orgId), assetId] as const,
  types: (orgId: string) => [...assetKeys.all(orgId), 'types'] as const,
  locations: (orgId: string) => [...assetKeys.all(orgId), 'locations'] as const,
  locationList: (orgId: string, params: DirectoryListParams) => [...assetKeys.locations(orgId), 'list', params] as const,
  locationOptions: (orgId: string) => [...assetKeys.locations(orgId), 'options'] as const,
  contacts: (orgId: string) => [...assetKeys.all(orgId), 'contacts'] as const,
  contactList: (orgId: string, params: DirectoryListParams) => [...assetKeys.contacts(orgId), 'list', params] as const,
  contactOptions: (orgId: string) => [...assetKeys.contacts(orgId), 'options'] as const,
};
