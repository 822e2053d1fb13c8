import type { Asset as AssetSummary, AssetDetail } from '../../entities/asset/types';
import type { Elevation, ElevationPanel, PatchPanel, Placement, Rack } from './types';

export const orgId = '0190f0a0-0000-7000-8000-000000000001';

export const rackA: Rack = { id: 'r-a', locationId: 'l-hq', name: 'Rack A', heightU: 6, notes: 'Server room', usedU: 3, etag: '"ra"' };
export const rackB: Rack = { id: 'r-b', locationId: null, name: 'Rack B', heightU: 42, notes: null, usedU: 0, etag: '"rb"' };

/** A 2U full-depth server at U2–U3. */
export const server: Placement = { id: 'p-server', assetId: 'a-server', assetName: 'File server', positionU: 2, heightU: 2, face: 'front', fullDepth: true, etag: '"ps"' };
/** A half-depth switch at the front of U4. */
export const switchPlacement: Placement = { id: 'p-switch', assetId: 'a-switch', assetName: 'Core switch', positionU: 4, heightU: 1, face: 'front', fullDepth: false, etag: '"pw"' };

/** A 24-port patch panel at the front of U6, three ports connected. */
export const elevationPanel: ElevationPanel = { id: 'pp-a', name: 'PP-A', portCount: 24, connectedPorts: 3, positionU: 6, heightU: 1, face: 'front' };

const unit = (u: number, front: string | null, rear: string | null, frontPanel: string | null = null) => ({ u, front, rear, frontPanel, rearPanel: null });

export const elevation: Elevation = {
  rack: rackA,
  placements: [switchPlacement, server],
  panels: [elevationPanel],
  units: [unit(6, null, null, 'pp-a'), unit(5, null, null), unit(4, 'p-switch', null), unit(3, 'p-server', 'p-server'), unit(2, 'p-server', 'p-server'), unit(1, null, null)],
};

const assetBase: AssetSummary = {
  id: 'a-fw',
  orgId,
  type: 'firewall',
  name: 'Edge firewall',
  serial: 'FW-1',
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
export const firewall: AssetSummary = assetBase;
export const sw1: AssetSummary = { ...assetBase, id: 'a-sw1', type: 'switch', name: 'SW1', serial: null };

export const sw1Detail: AssetDetail = {
  asset: sw1,
  interfaces: [
    { id: 'i-gi1', name: 'Gi1/0/1', macAddress: null, description: null, etag: '"g1"' },
    { id: 'i-gi2', name: 'Gi1/0/2', macAddress: null, description: 'Uplink', etag: '"g2"' },
  ],
  relations: [],
  ipAddresses: [],
  rack: null,
  credentials: null,
  contacts: [],
};

const port = (panel: string, n: number) => ({
  id: `${panel}-${n}`,
  number: n,
  label: null,
  connectedTo: null,
  connectedPortId: null,
  connectedInterfaceId: null,
  connectedAssetId: null,
  etag: `"${panel}-${n}"`,
});

export const panelA: PatchPanel = {
  id: 'pp-a',
  name: 'PP-A',
  rackId: 'r-a',
  portCount: 4,
  positionU: 6,
  heightU: 1,
  face: 'front',
  etag: '"pp-a"',
  ports: [
    { ...port('pp-a', 1), label: 'Desk 1', connectedTo: 'SW1 Gi1/0/1', connectedInterfaceId: 'i-gi1', connectedAssetId: 'a-sw1' },
    { ...port('pp-a', 2), connectedTo: 'PP-B port 1', connectedPortId: 'pp-b-1' },
    { ...port('pp-a', 3), label: 'Desk 3' },
    port('pp-a', 4),
  ],
};

export const panelB: PatchPanel = {
  id: 'pp-b',
  name: 'PP-B',
  rackId: null,
  portCount: 2,
  positionU: null,
  heightU: 1,
  face: 'front',
  etag: '"pp-b"',
  ports: [{ ...port('pp-b', 1), connectedTo: 'PP-A port 2', connectedPortId: 'pp-a-2' }, port('pp-b', 2)],
};

const membership = (permissions: string[]) => ({
  id: 'u-1',
  email: 'tech@example.test',
  displayName: 'Tech',
  isGlobalAdmin: false,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Technician'], permissions }],
});

/** Reads and changes racks, panels and assets. */
export const rackAdminMe = membership(['org.read', 'assets.read', 'assets.write']);
/** Sees racks and panels only. */
export const rackReaderMe = membership(['org.read', 'assets.read']);
