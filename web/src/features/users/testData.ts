import type { User } from './types';

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
