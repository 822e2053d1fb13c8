import type { Role } from './types';

export const orgId = '0190f0a0-0000-7000-8000-000000000001';

export { catalog } from '../../entities/permission/testData';

export const ownerRole: Role = {
  id: 'role-owner',
  name: 'Owner',
  description: 'Everything',
  isBuiltIn: true,
  permissions: ['org.read', 'members.manage', 'roles.manage', 'assets.read', 'assets.write'],
  reauthWindowMinutes: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  etag: '"o1"',
};

export const customRole: Role = {
  id: 'role-night',
  name: 'Night shift',
  description: 'Reads at night',
  isBuiltIn: false,
  permissions: ['org.read', 'assets.read'],
  reauthWindowMinutes: null,
  createdAt: '2026-01-02T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
  etag: '"n1"',
};

/** A member of the org who may manage roles but holds no assets.write. */
export const roleManagerMe = {
  id: 'u-manager',
  email: 'manager@example.test',
  displayName: 'Manager',
  isGlobalAdmin: false,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Role manager'], permissions: ['org.read', 'roles.manage', 'assets.read'] }],
};
