import type { AuditEvent } from './types';

export function auditEvent(id: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id,
    occurredAt: '2026-03-01T10:15:00Z',
    category: 'organisation',
    action: 'org.created',
    outcome: 'success',
    actorType: 'user',
    actorId: 'u-1',
    actorName: 'admin@example.test',
    orgId: '0190f0a0-0000-7000-8000-000000000001',
    targetType: 'org',
    targetId: '0190f0a0-0000-7000-8000-000000000001',
    ip: '10.0.0.7',
    userAgent: 'Mozilla/5.0 (Test)',
    requestId: '0HN-req-1',
    details: { after: { name: 'Acme', slug: 'acme' } },
    text: 'Ada Admin created organisation Acme',
    orgName: 'Acme',
    targetName: 'Acme',
    ...overrides,
  };
}
