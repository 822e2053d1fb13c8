import type { Asset as AssetSummary, AssetDetail } from '../../entities/asset/types';
import type { IpAddress, Subnet, Vlan } from './types';

export const orgId = '0190f0a0-0000-7000-8000-000000000001';

export const vlanServers: Vlan = { id: 'v-10', vid: 10, name: 'Servers', description: 'Rack A', etag: '"v10"' };
export const vlanGuests: Vlan = { id: 'v-20', vid: 20, name: 'Guests', description: null, etag: '"v20"' };
export const vlans: Vlan[] = [vlanServers, vlanGuests];

export const subnetCampus: Subnet = {
  id: 's-campus',
  network: '10.0.0.0/16',
  family: 4,
  name: 'Campus',
  description: null,
  vlanId: null,
  locationId: null,
  parentId: null,
  usedAddresses: 3,
  usableAddresses: 65534,
  etag: '"s1"',
  utilisationPercent: 0,
};
export const subnetServers: Subnet = {
  ...subnetCampus,
  id: 's-servers',
  network: '10.0.1.0/24',
  name: 'Servers',
  description: 'Production servers',
  vlanId: 'v-10',
  parentId: 's-campus',
  usedAddresses: 2,
  usableAddresses: 254,
  utilisationPercent: 0.79,
};
export const subnetMgmt: Subnet = {
  ...subnetServers,
  id: 's-mgmt',
  network: '10.0.1.0/28',
  name: 'Management',
  vlanId: null,
  parentId: 's-servers',
  usedAddresses: 13,
  usableAddresses: 14,
  utilisationPercent: 92.86,
};
export const subnetV6: Subnet = {
  ...subnetCampus,
  id: 's-v6',
  network: '2001:db8::/64',
  family: 6,
  name: 'Lab v6',
  usedAddresses: 0,
  usableAddresses: 18446744073709552000,
};
/** Network order, as the API answers. */
export const subnets: Subnet[] = [subnetCampus, subnetServers, subnetMgmt, subnetV6];

export const ipWeb: IpAddress = {
  id: 'ip-web',
  subnetId: 's-servers',
  address: '10.0.1.5',
  status: 'active',
  hostname: 'web01',
  description: 'Front end',
  assetId: 'a-web',
  interfaceId: 'i-eth0',
  updatedAt: '2026-03-04T10:00:00Z',
  etag: '"ip1"',
};
export const ipReserved: IpAddress = {
  ...ipWeb,
  id: 'ip-gw',
  address: '10.0.1.1',
  status: 'reserved',
  hostname: null,
  description: null,
  assetId: null,
  interfaceId: null,
};

export const assetWeb: AssetSummary = {
  id: 'a-web',
  orgId,
  type: 'server',
  name: 'web01',
  serial: 'SN-1',
  manufacturer: null,
  model: null,
  status: 'active',
  locationId: null,
  contactId: null,
  purchaseDate: null,
  warrantyExpires: null,
  notes: null,
  tags: [],
  macAddresses: [],
  customFields: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  etag: '"a1"',
};
export const assetDb: AssetSummary = { ...assetWeb, id: 'a-db', name: 'db01', serial: null };
export const assetWebDetail: AssetDetail = {
  asset: assetWeb,
  interfaces: [
    { id: 'i-eth0', name: 'eth0', macAddress: '00:11:22:33:44:55', description: null, etag: '"i1"' },
    { id: 'i-eth1', name: 'eth1', macAddress: null, description: null, etag: '"i2"' },
  ],
  relations: [],
  ipAddresses: [],
  rack: null,
  credentials: null,
  contacts: [],
};
export const assetDbDetail: AssetDetail = {
  asset: assetDb,
  interfaces: [{ id: 'i-db0', name: 'bond0', macAddress: null, description: null, etag: '"i3"' }],
  relations: [],
  ipAddresses: [],
  rack: null,
  credentials: null,
  contacts: [],
};

const membership = (permissions: string[]) => ({
  id: 'u-1',
  email: 'tech@example.test',
  displayName: 'Tech',
  isGlobalAdmin: false,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Technician'], permissions }],
});

/** Reads and changes IPAM, and may pick assets. */
export const ipamAdminMe = membership(['org.read', 'ipam.read', 'ipam.write', 'assets.read']);
/** Sees subnets and addresses only. */
export const ipamReaderMe = membership(['org.read', 'ipam.read']);
