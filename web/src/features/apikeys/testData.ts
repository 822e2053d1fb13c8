import type { ApiKey, IssuedApiKey, OrgOption, PermissionCatalog } from './types';

export const orgId = '0190f0a0-0000-7000-8000-000000000001';
export const otherOrgId = '0190f0a0-0000-7000-8000-000000000002';

export const catalog: PermissionCatalog = {
  modules: [
    {
      module: 'org',
      permissions: [
        { name: 'org.read', description: 'See the organisation, its members and roles' },
        { name: 'apikeys.manage', description: 'Issue and revoke scoped API keys.' },
      ],
    },
    {
      module: 'assets',
      permissions: [
        { name: 'assets.read', description: 'See assets' },
        { name: 'assets.write', description: 'Change assets' },
      ],
    },
    {
      module: 'vault',
      permissions: [
        { name: 'vault.read', description: 'See credentials (without secrets)' },
        { name: 'vault.reveal', description: "Reveal a credential's secret" },
      ],
    },
  ],
};

export function apiKey(n: number, overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: `0190f0a0-0000-7000-8000-0000000009${String(n).padStart(2, '0')}`,
    orgId,
    allOrgs: false,
    orgIds: [],
    name: `Key ${n}`,
    clientId: `csk_${String(n).padStart(48, '0')}`,
    scopes: ['org.read'],
    allowedIps: [],
    createdById: 'u-owner',
    createdByEmail: 'owner@example.test',
    createdAt: '2026-01-01T10:00:00Z',
    expiresAt: '2027-01-01T10:00:00Z',
    rotatedAt: null,
    revokedAt: null,
    lastUsedAt: null,
    lastUsedIp: null,
    status: 'active',
    etag: `"k${n}"`,
    ...overrides,
  };
}

export const ciKey = apiKey(1, {
  name: 'CI asset export',
  scopes: ['assets.read', 'org.read'],
  allowedIps: ['203.0.113.7/32', '10.0.0.0/8'],
  lastUsedAt: '2026-03-02T08:30:00Z',
  lastUsedIp: '203.0.113.7',
});

export const revokedKey = apiKey(2, { name: 'Old sync', status: 'revoked', revokedAt: '2026-02-01T00:00:00Z' });
export const expiredKey = apiKey(3, { name: 'Expired job', status: 'expired', expiresAt: '2026-02-01T00:00:00Z' });

export function issued(key: ApiKey, secret = 'css_s3cr3t-value_only-once'): IssuedApiKey {
  return { id: key.id, clientId: key.clientId, clientSecret: secret, key };
}

/** Owner of the org with apikeys.manage, org.read and assets.read — but no assets.write. */
export const keyManagerMe = {
  id: 'u-owner',
  email: 'owner@example.test',
  displayName: 'Olivia Owner',
  isGlobalAdmin: false,
  mustChangePassword: false,
  mfaEnabled: false,
  mustEnrolMfa: false,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Key manager'], permissions: ['org.read', 'apikeys.manage', 'assets.read', 'vault.read', 'vault.reveal'] }],
};

export const viewerMe = {
  ...keyManagerMe,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Viewer'], permissions: ['org.read'] }],
};

export const orgs: OrgOption[] = [
  { id: orgId, name: 'Acme', slug: 'acme', status: 'active', notes: null, docsReviewRequired: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', etag: '"1"' },
  { id: otherOrgId, name: 'Globex', slug: 'globex', status: 'active', notes: null, docsReviewRequired: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', etag: '"1"' },
];
