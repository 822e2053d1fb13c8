/** Subnet and address list parameters, as the IPAM pages page them. */
export interface SubnetListParams {
  q: string;
  family: '' | '4' | '6';
  vlanId: string;
  cursor: string | null;
  limit: number;
}

export interface IpAddressListParams {
  subnetId: string;
  /** A hostname fragment, or an address or network to look inside. */
  q: string;
  cursor: string | null;
  limit: number;
}

/** VLANs, subnets and addresses; addresses name the asset and interface they belong to. */
export const ipamKeys = {
  all: (orgId: string) => ['ipam', orgId] as const,
  vlans: (orgId: string) => [...ipamKeys.all(orgId), 'vlans'] as const,
  /** Lists and details: utilisation changes whenever an address is saved or removed. */
  subnets: (orgId: string) => [...ipamKeys.all(orgId), 'subnets'] as const,
  subnetList: (orgId: string, params: SubnetListParams) => [...ipamKeys.subnets(orgId), 'list', params] as const,
  subnet: (orgId: string, subnetId: string) => [...ipamKeys.subnets(orgId), 'detail', subnetId] as const,
  addresses: (orgId: string) => [...ipamKeys.all(orgId), 'addresses'] as const,
  addressList: (orgId: string, params: IpAddressListParams) => [...ipamKeys.addresses(orgId), 'list', params] as const,
};
