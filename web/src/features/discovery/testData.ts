import type { NmapImportResult } from './types';

export const orgId = '0190f0a0-0000-7000-8000-000000000001';

export const scanXml = `<?xml version="1.0"?>
<nmaprun scanner="nmap" args="nmap -sn -oX scan.xml 10.0.1.0/24">
  <host><status state="up"/><address addr="10.0.1.10" addrtype="ipv4"/><address addr="AA:BB:CC:00:11:22" addrtype="mac"/>
    <hostnames><hostname name="printer1"/></hostnames></host>
</nmaprun>`;

export const plan: NmapImportResult = {
  dryRun: true,
  hosts: 3,
  created: 1,
  updated: 1,
  unchanged: 0,
  conflicts: 1,
  items: [
    {
      address: '10.0.1.10',
      hostname: 'printer1',
      mac: 'aa:bb:cc:00:11:22',
      action: 'created',
      matchedBy: null,
      assetId: null,
      assetName: 'printer1',
      notes: ["new asset 'printer1'", 'documents 10.0.1.10 in 10.0.1.0/24'],
    },
    {
      address: '10.0.1.20',
      hostname: null,
      mac: 'aa:bb:cc:00:11:33',
      action: 'updated',
      matchedBy: 'ip',
      assetId: 'a-nas',
      assetName: 'NAS',
      notes: ['adds MAC aa:bb:cc:00:11:33'],
    },
    {
      address: '10.0.1.30',
      hostname: 'sw1',
      mac: null,
      action: 'conflict',
      matchedBy: null,
      assetId: null,
      assetName: null,
      notes: ["ip matches 'SW1'; hostname matches 'SW-OLD' — resolve by hand; nothing changed."],
    },
  ],
};

export const imported: NmapImportResult = {
  ...plan,
  dryRun: false,
  items: plan.items.map((i) => (i.action === 'created' ? { ...i, assetId: 'a-printer' } : i)),
};

const membership = (permissions: string[]) => ({
  id: 'u-1',
  email: 'tech@example.test',
  displayName: 'Tech',
  isGlobalAdmin: false,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Technician'], permissions }],
});

/** May import scans: changes assets and IP addresses. */
export const discoveryMe = membership(['org.read', 'assets.read', 'assets.write', 'ipam.read', 'ipam.write']);
/** Changes assets but not IPAM: the API refuses imports. */
export const assetsOnlyMe = membership(['org.read', 'assets.read', 'assets.write']);
