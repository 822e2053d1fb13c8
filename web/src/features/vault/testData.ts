import type { Credential, Folder } from './types';

export const orgId = '0190f0a0-0000-7000-8000-000000000001';

export const folderNetwork: Folder = {
  id: 'f-network',
  name: 'Network',
  parentId: null,
  credentialCount: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  etag: '"f1"',
};

export const folderSwitches: Folder = { ...folderNetwork, id: 'f-switches', name: 'Switches', parentId: 'f-network', credentialCount: 0 };
export const folderEmpty: Folder = { ...folderNetwork, id: 'f-empty', name: 'Archive', credentialCount: 0 };
export const folders: Folder[] = [folderNetwork, folderSwitches, folderEmpty];

/** The API's answer to a folder list request: the folders whose name contains `q`, one page. */
export function folderPage(request: Request, all: Folder[] = folders) {
  const q = new URL(request.url).searchParams.get('q')?.toLowerCase() ?? '';
  return { items: all.filter((f) => f.name.toLowerCase().includes(q)), nextCursor: null };
}

export const router: Credential = {
  id: 'c-router',
  orgId,
  folderId: 'f-network',
  name: 'Core router',
  username: 'admin',
  url: 'https://10.0.0.1',
  tags: ['network', 'prod'],
  notes: 'Console on port 2',
  assetIds: [],
  pinned: false,
  secretFields: ['custom:API token', 'otpSeed', 'password'],
  createdAt: '2026-01-02T00:00:00Z',
  updatedAt: '2026-03-04T10:00:00Z',
  etag: '"r1"',
};

export const wifi: Credential = {
  ...router,
  id: 'c-wifi',
  folderId: null,
  name: 'Guest Wi-Fi',
  username: null,
  url: null,
  tags: [],
  notes: null,
  secretFields: ['password'],
  etag: '"w1"',
};

const membership = (permissions: string[]) => ({
  id: 'u-1',
  email: 'tech@example.test',
  displayName: 'Tech',
  isGlobalAdmin: false,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Technician'], permissions }],
});

/** Reads, changes and reveals the vault. */
export const vaultAdminMe = membership(['org.read', 'vault.read', 'vault.write', 'vault.reveal']);
/** Sees credentials but never their secrets. */
export const vaultReaderMe = membership(['org.read', 'vault.read']);
