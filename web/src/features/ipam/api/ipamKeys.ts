import type { IpAddressListParams, SubnetListParams } from '../types';

export const ipamKeys = {
  all: (orgId: string) => ['ipam', orgId] as const,
  vlans: (orgId: string) => [...ipamKeys.all(orgId), 'vlans'] as const,
  /** Lists and details: utilisation changes whenever an address is saved or removed. */
  subnets: (orgId: string) => [...ipamKeys.all(orgId), 'subnets'] as const,
  subnetList: (orgId: string, params: SubnetListParams) => [...ipamKeys.subnets(orgId), 'list', params] as const,
  subnet: (orgId: string, subnetId: string) => [...ipamKeys.subnets(orgId), 'detail', subnetId] as const,
  addresses: (orgId: string) => [...ipamKeys.all(orgId), 'addresses'] as const,
  addressList: (orgId: string, params: IpAddressListParams) => [...ipamKeys.addresses(orgId), 'list', params] as const,
  assetSearch: (orgId: string, q: string) => [...ipamKeys.all(orgId), 'asset-search', q] as const,
  asset: (orgId: string, assetId: string) => [...ipamKeys.all(orgId), 'asset', assetId] as const,
};
