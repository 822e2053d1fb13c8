import type { JsonOf, paths } from '../../api/types';
import type { SubnetListParams } from '../../entities/ipam/ipamKeys';

export type { IpAddressListParams, SubnetListParams } from '../../entities/ipam/ipamKeys';

export type Vlan = JsonOf<paths['/api/v1/orgs/{orgId}/vlans']['get']['responses'][200]>[number];
export type CreateVlanBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/vlans']['post']['requestBody']>>;
export type Subnet = JsonOf<paths['/api/v1/orgs/{orgId}/subnets/{subnetId}']['get']['responses'][200]>;
export type SubnetPage = JsonOf<paths['/api/v1/orgs/{orgId}/subnets']['get']['responses'][200]>;
export type CreateSubnetBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/subnets']['post']['requestBody']>>;
export type NextFree = JsonOf<paths['/api/v1/orgs/{orgId}/subnets/{subnetId}/next-free']['get']['responses'][200]>;
export type IpAddress = JsonOf<paths['/api/v1/orgs/{orgId}/ip-addresses']['get']['responses'][200]>['items'][number];
export type IpAddressPage = JsonOf<paths['/api/v1/orgs/{orgId}/ip-addresses']['get']['responses'][200]>;
export type CreateIpAddressBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/ip-addresses']['post']['requestBody']>>;
export type UpdateIpAddressBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/ip-addresses/{ipAddressId}']['patch']['requestBody']>>;
export type Family = SubnetListParams['family'];

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
