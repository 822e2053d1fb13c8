import type { Asset, AssetDetail, AssetType, Contact, Location } from './types';

export const orgId = '0190f0a0-0000-7000-8000-000000000001';

const builtInKeys = ['workstation', 'server', 'laptop', 'switch', 'router', 'firewall', 'access-point', 'printer', 'phone', 'ups', 'other'];

export const cctvType: AssetType = {
  id: 't-cctv',
  key: 'cctv-camera',
  name: 'CCTV camera',
  builtIn: false,
  etag: '"t1"',
  fields: [
    { key: 'resolution', label: 'Resolution', type: 'text', required: true, options: [] },
    { key: 'fps', label: 'Frames per second', type: 'number', required: false, options: [] },
    { key: 'installed', label: 'Installed on', type: 'date', required: false, options: [] },
    { key: 'outdoor', label: 'Outdoor', type: 'bool', required: false, options: [] },
    { key: 'mount', label: 'Mount', type: 'select', required: false, options: ['wall', 'ceiling', 'pole'] },
    { key: 'portal', label: 'Portal', type: 'url', required: false, options: [] },
  ],
};

export const assetTypes: AssetType[] = [...builtInKeys.map((key) => ({ id: null, key, name: key, builtIn: true, fields: [], etag: null })), cctvType];

const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', etag: '"1"' };

export const headOffice: Location = { id: 'l-hq', kind: 'site', parentId: null, name: 'Head office', address: '1 Main St', notes: null, ...stamp };
export const rackRoom: Location = { id: 'l-rack', kind: 'closet', parentId: 'l-hq', name: 'Rack room', address: null, notes: null, ...stamp };
export const branch: Location = { id: 'l-branch', kind: 'site', parentId: null, name: 'Branch', address: null, notes: null, ...stamp };
export const locations: Location[] = [branch, headOffice, rackRoom];

export const alice: Contact = { id: 'c-alice', name: 'Alice Admin', email: 'alice@example.test', phone: '+1 555 0100', role: 'IT lead', notes: null, isKey: false, ...stamp };
export const contacts: Contact[] = [alice];

export const coreSwitch: Asset = {
  id: 'a-switch',
  orgId,
  type: 'switch',
  name: 'Core switch',
  serial: 'SN-0001',
  manufacturer: 'Cisco',
  model: 'C9300',
  status: 'active',
  locationId: 'l-rack',
  contactId: 'c-alice',
  purchaseDate: '2024-01-10',
  warrantyExpires: '2020-01-31',
  notes: 'Stack master',
  tags: ['core', 'network'],
  macAddresses: ['aa:bb:cc:dd:ee:01'],
  customFields: null,
  createdAt: '2026-01-02T00:00:00Z',
  updatedAt: '2026-03-04T10:00:00Z',
  etag: '"s1"',
};

export const lobbyCamera: Asset = {
  ...coreSwitch,
  id: 'a-cam',
  type: 'cctv-camera',
  name: 'Lobby camera',
  serial: 'CAM-7',
  manufacturer: 'Axis',
  model: 'P3245',
  status: 'spare',
  locationId: 'l-hq',
  contactId: null,
  purchaseDate: null,
  warrantyExpires: null,
  notes: null,
  tags: [],
  macAddresses: [],
  customFields: { resolution: '1080p', fps: 25, outdoor: true, mount: 'ceiling', portal: 'https://cam.example.test' },
  etag: '"c1"',
};

export const switchDetail: AssetDetail = {
  asset: coreSwitch,
  interfaces: [{ id: 'i-1', name: 'Gi1/0/1', macAddress: 'aa:bb:cc:dd:ee:01', description: 'Uplink', etag: '"i1"' }],
  relations: [
    { id: 'r-1', kind: 'powered-by', direction: 'outgoing', otherAssetId: 'a-ups', otherAssetName: 'Rack UPS', etag: '"r1"' },
    { id: 'r-2', kind: 'connected-to', direction: 'incoming', otherAssetId: 'a-ap', otherAssetName: 'Lobby AP', etag: '"r2"' },
  ],
  ipAddresses: [{ id: 'ip-1', address: '10.0.0.2', subnetId: 's-1', status: 'active', hostname: 'core-sw', interfaceId: 'i-1' }],
  rack: { rackId: 'rk-1', rackName: 'R1', placementId: 'p-1', positionU: 40, heightU: 1, face: 'front' },
  credentials: [
    { id: 'c-1', name: 'Switch admin', username: 'admin', url: 'https://core-sw.example.test', hasPassword: true, hasTotp: true, pinned: true },
  ],
  contacts: [{ id: 'ct-1', name: 'Alice Admin', email: 'alice@example.test', phone: '+1 555 0100', role: 'IT lead', isKey: true, relation: 'assigned' }],
};

export const cameraDetail: AssetDetail = { asset: lobbyCamera, interfaces: [], relations: [], ipAddresses: [], rack: null, credentials: [], contacts: [] };

const membership = (permissions: string[]) => ({
  id: 'u-1',
  email: 'tech@example.test',
  displayName: 'Tech',
  isGlobalAdmin: false,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Technician'], permissions }],
});

/** Reads, changes and deletes assets. */
export const assetAdminMe = membership(['org.read', 'assets.read', 'assets.write', 'assets.delete']);
/** Reads and changes assets but cannot delete them. */
export const assetWriterMe = membership(['org.read', 'assets.read', 'assets.write']);
/** Only reads. */
export const assetReaderMe = membership(['org.read', 'assets.read']);

const path = (r: Request) => new URL(r.url).pathname;

/** Answers the lookups every asset page makes (types, locations, contacts), or null for other requests. */
export function lookups(r: Request): Response | null {
  if (r.method !== 'GET') return null;
  const p = path(r);
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  if (p.endsWith('/asset-types')) return json(assetTypes);
  if (p.endsWith('/locations')) return json({ items: locations, nextCursor: null });
  if (p.endsWith('/contacts')) return json({ items: contacts, nextCursor: null });
  return null;
}
