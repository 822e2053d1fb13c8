import type { User, UserAccess } from './types';

export function user(n: number, overrides: Partial<User> = {}): User {
  return {
    id: `0190f0a0-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    email: `user${n}@example.test`,
    displayName: `User ${n}`,
    isGlobalAdmin: false,
    isActive: true,
    lockedUntil: null,
    mustChangePassword: false,
    requireMfa: false,
    mfaEnabled: false,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    etag: `"u${n}"`,
    ...overrides,
  };
}

/** Two organisations: one held directly and through a team (windows 1 and default), one through the team only. */
export function userAccess(userId: string): UserAccess {
  const team = { kind: 'team', teamId: '0190f0a0-0000-7000-8000-00000000e001', teamName: 'First line', roleId: '0190f0a0-0000-7000-8000-00000000b002', roleName: 'Helpdesk', reauthWindowMinutes: 1 };
  return {
    userId,
    isGlobalAdmin: false,
    organisations: [
      {
        orgId: '0190f0a0-0000-7000-8000-00000000a001',
        orgName: 'Acme',
        permissions: ['assets.read', 'org.read'],
        reauthWindowMinutes: 1,
        sources: [{ kind: 'direct', teamId: null, teamName: null, roleId: '0190f0a0-0000-7000-8000-00000000b001', roleName: 'Technician', reauthWindowMinutes: null }, team],
      },
      { orgId: '0190f0a0-0000-7000-8000-00000000a002', orgName: 'Globex', permissions: ['org.read'], reauthWindowMinutes: 1, sources: [team] },
    ],
  };
}
