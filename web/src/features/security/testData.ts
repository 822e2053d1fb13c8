import type { SecurityEvent, SecuritySummary } from './types';

export function securityEvent(id: number, overrides: Partial<SecurityEvent> = {}): SecurityEvent {
  return {
    id,
    occurredAt: '2026-03-01T10:15:00Z',
    category: 'security',
    action: 'rate_limit.exceeded',
    outcome: 'denied',
    actorType: 'anonymous',
    actorId: null,
    actorName: null,
    orgId: null,
    targetType: 'partition',
    targetId: 'login-ip:203.0.113.9',
    ip: '203.0.113.9',
    userAgent: 'curl/8.0',
    requestId: null,
    details: {
      hits: 42,
      firstAt: '2026-03-01T10:14:02Z',
      lastAt: '2026-03-01T10:14:59Z',
      paths: ['POST /api/v1/auth/login'],
      about: { policy: 'login-ip', partition: '203.0.113.9', limit: 20, windowSeconds: 60 },
    },
    ...overrides,
  };
}

export function lockoutEvent(id: number, overrides: Partial<SecurityEvent> = {}): SecurityEvent {
  return securityEvent(id, {
    action: 'account.locked',
    actorType: 'system',
    actorName: 'system',
    targetType: 'user',
    targetId: '0190f0a0-0000-7000-8000-000000000101',
    ip: null,
    details: { email: 'ann@example.test', failures: 5, lockedUntil: '2026-03-01T10:45:00Z' },
    ...overrides,
  });
}

export function securitySummary(overrides: Partial<SecuritySummary> = {}): SecuritySummary {
  return {
    bucket: 'hour',
    from: '2026-03-01T00:00:00Z',
    to: '2026-03-01T03:00:00Z',
    totals: [],
    points: [],
    ...overrides,
  };
}
