import type { Member, RoleOption } from './types';

export const orgId = '0190f0a0-0000-7000-8000-000000000001';

const role = (id: string, name: string, isBuiltIn: boolean): RoleOption => ({
  id,
  name,
  description: null,
  isBuiltIn,
  permissions: [],
  reauthWindowMinutes: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  etag: '"1"',
});

export const roles: RoleOption[] = [role('role-owner', 'Owner', true), role('role-viewer', 'Viewer', true), role('role-night', 'Night shift', false)];

export const owner: Member = {
  userId: 'u-owner',
  email: 'owner@example.test',
  displayName: 'Olivia Owner',
  roles: [{ id: 'role-owner', name: 'Owner' }],
  permissions: ['org.read', 'members.manage'],
  createdAt: '2026-01-01T00:00:00Z',
  etag: '"owner"',
};

export const nightWorker: Member = {
  userId: 'u-night',
  email: 'night@example.test',
  displayName: 'Nick Night',
  roles: [
    { id: 'role-viewer', name: 'Viewer' },
    { id: 'role-night', name: 'Night shift' },
  ],
  permissions: ['org.read'],
  createdAt: '2026-02-01T00:00:00Z',
  etag: '"night"',
};

export const memberManagerMe = {
  id: 'u-owner',
  email: 'owner@example.test',
  displayName: 'Olivia Owner',
  isGlobalAdmin: false,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Owner'], permissions: ['org.read', 'members.manage'] }],
};

export const viewerMe = {
  ...memberManagerMe,
  memberships: [{ orgId, orgName: 'Acme', roles: ['Viewer'], permissions: ['org.read'] }],
};
