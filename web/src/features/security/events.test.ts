import { describe, expect, it } from 'vitest';
import { auditLinkFor, eventActor, eventDetails, eventTarget } from './events';
import { lockoutEvent, securityEvent } from './testData';

describe('eventDetails', () => {
  it('reads hits, paths and times of an aggregated row', () => {
    expect(eventDetails(securityEvent(1))).toEqual({
      hits: 42,
      paths: ['POST /api/v1/auth/login'],
      firstAt: '2026-03-01T10:14:02Z',
      lastAt: '2026-03-01T10:14:59Z',
      about: { policy: 'login-ip', partition: '203.0.113.9', limit: 20, windowSeconds: 60 },
      email: null,
    });
  });

  it('counts other rows once and tolerates missing, odd or string details', () => {
    expect(eventDetails(lockoutEvent(1))).toMatchObject({ hits: 1, paths: [], email: 'ann@example.test' });
    expect(eventDetails({ details: null })).toEqual({ hits: 1, paths: [], firstAt: null, lastAt: null, about: null, email: null });
    expect(eventDetails({ details: { hits: 'many', paths: 'GET /' } })).toMatchObject({ hits: 1, paths: [] });
    expect(eventDetails({ details: '{"hits":3,"paths":["GET /a",7]}' })).toMatchObject({ hits: 3, paths: ['GET /a'] });
    expect(eventDetails({ details: 'not json' }).hits).toBe(1);
  });
});

describe('eventTarget and eventActor', () => {
  it('shows the partition, the locked account, or type:id', () => {
    expect(eventTarget(securityEvent(1))).toBe('login-ip:203.0.113.9');
    expect(eventTarget(lockoutEvent(1))).toBe('ann@example.test');
    expect(eventTarget(lockoutEvent(1, { details: null }))).toBe('user:0190f0a0-0000-7000-8000-000000000101');
    expect(eventTarget(securityEvent(1, { targetType: 'credential', targetId: 'c-1' }))).toBe('credential:c-1');
    expect(eventTarget(securityEvent(1, { targetType: null, targetId: null }))).toBeNull();
  });

  it('names the actor by name, then id, then type', () => {
    expect(eventActor(securityEvent(1))).toBe('anonymous');
    expect(eventActor(securityEvent(1, { actorId: 'u-1' }))).toBe('u-1');
    expect(eventActor(securityEvent(1, { actorId: 'u-1', actorName: 'ann@example.test' }))).toBe('ann@example.test');
  });
});

describe('auditLinkFor', () => {
  it('filters the audit log by category, action and target', () => {
    expect(auditLinkFor(securityEvent(1))).toBe('/audit?category=security&action=rate_limit.exceeded&targetType=partition&targetId=login-ip%3A203.0.113.9');
    expect(auditLinkFor(securityEvent(1, { targetType: null, targetId: null }))).toBe('/audit?category=security&action=rate_limit.exceeded');
  });
});
