import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Vlan = JsonOf<paths['/api/v1/orgs/{orgId}/vlans']['get']['responses'][200]>[number];
export type CreateVlanBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/vlans']['post']['requestBody']>>;
export type Subnet = JsonOf<paths['/api/v1/orgs/{orgId}/subnets/{subnetId}']['get']['responses'][200]>;
export type SubnetPage = JsonOf<paths['/api/v1/orgs/{orgId}/subnets']['get']['responses'][200]>;
export type CreateSubnetBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/subnets']['post']['requestBody']>>;
export type NextFree = JsonOf<paths['/api/v1/orgs/{orgId}/subnets/{subnetId}/next-free']['get']['responses'][200]>;
export type IpAddress = JsonOf<paths['/api/v1/orgs/{orgId}/ip-addresses']['get']['responses'][200]>['items'][number];
export type IpAddressPage = JsonOf<paths['/api/v1/orgs/{orgId}/ip-addresses']['get']['responses'][200]>;
export type SaveIpAddressBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/ip-addresses']['post']['requestBody']>>;
/** Assets as the address form's picker sees them (owned by the assets module; read here through the API only). */
export type AssetSummary = JsonOf<paths['/api/v1/orgs/{orgId}/assets']['get']['responses'][200]>['items'][number];
export type AssetDetail = JsonOf<paths['/api/v1/orgs/{orgId}/assets/{assetId}']['get']['responses'][200]>;

export type Family = '' | '4' | '6';

export interface SubnetListParams {
  q: string;
  family: Family;
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

export const ipStatuses = [
  { value: 'active', label: 'Active', bg: 'success' },
  { value: 'reserved', label: 'Reserved', bg: 'info' },
  { value: 'dhcp', label: 'DHCP', bg: 'secondary' },
  { value: 'deprecated', label: 'Deprecated', bg: 'warning' },
] as const;
export type IpStatus = (typeof ipStatuses)[number]['value'];

/** The fields of each form; API field errors are matched against these. */
export const vlanFormFields = ['vid', 'name', 'description'] as const;
export type VlanFormField = (typeof vlanFormFields)[number];

export const subnetFormFields = ['network', 'name', 'description', 'vlanId', 'locationId'] as const;
export type SubnetFormField = (typeof subnetFormFields)[number];

export const ipAddressFormFields = ['address', 'status', 'hostname', 'description', 'assetId', 'interfaceId'] as const;
export type IpAddressFormField = (typeof ipAddressFormFields)[number];

export interface IpAddressFormValues {
  address: string;
  status: IpStatus;
  hostname: string;
  description: string;
  assetId: string;
  interfaceId: string;
}
