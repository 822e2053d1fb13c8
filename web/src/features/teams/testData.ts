import type { PlatformRole, Team, TeamGrant, TeamMember } from './types';

export const team: Team = {
  id: '0190f0a0-0000-7000-8000-00000000e001',
  name: 'First line',
  description: 'Helpdesk technicians',
  memberCount: 1,
  grantCount: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  etag: '"t1"',
};

export const member: TeamMember = {
  userId: '0190f0a0-0000-7000-8000-000000000101',
  email: 'tess@example.test',
  displayName: 'Tess',
  isActive: true,
  addedAt: '2026-01-02T00:00:00Z',
  etag: '"m1"',
};

export const platformRole: PlatformRole = {
  id: '0190f0a0-0000-7000-8000-00000000c001',
  name: 'Helpdesk',
  description: null,
  permissions: ['assets.read', 'org.read'],
  reauthWindowMinutes: 10,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  etag: '"p1"',
};

export const allOrgsGrant: TeamGrant = {
  id: '0190f0a0-0000-7000-8000-00000000d001',
  orgId: null,
  orgName: null,
  platformRoleId: platformRole.id,
  roleId: null,
  roleName: 'Helpdesk',
  permissions: ['assets.read', 'org.read'],
  createdAt: '2026-01-03T00:00:00Z',
  etag: '"g1"',
};
