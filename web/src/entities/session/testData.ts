import type { Session } from './types';

export function session(n: number, overrides: Partial<Session> = {}): Session {
  return {
    id: `0190f0a0-0000-7000-8000-0000000005${String(n).padStart(2, '0')}`,
    createdAt: '2026-03-01T10:15:00Z',
    lastSeenAt: '2026-03-02T08:00:00Z',
    expiresAt: '2026-04-01T10:15:00Z',
    ip: `10.0.0.${n}`,
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
    current: false,
    etag: `"s${n}"`,
    ...overrides,
  };
}
