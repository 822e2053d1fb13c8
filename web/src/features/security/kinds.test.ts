import { describe, expect, it } from 'vitest';
import { kindInfo, kindLabel, orderKinds, securityKinds } from './kinds';

describe('security kinds', () => {
  it('gives every kind the API records a friendly label', () => {
    expect(Object.fromEntries(securityKinds.map((k) => [k.kind, k.label]))).toEqual({
      'rate_limit.exceeded': 'Rate-limit hits',
      'account.locked': 'Lockouts',
      'admin_ip.denied': 'Admin address blocks',
      'geoip.blocked': 'Country blocks',
      'apikey.scope_violation': 'Scope violations',
      'apikey.ip_denied': 'API key address blocks',
      'account.unlocked': 'Unlocks',
      'secret.unreadable': 'Unreadable secrets',
    });
    expect(securityKinds.filter((k) => k.aggregated).map((k) => k.kind)).toEqual(['rate_limit.exceeded', 'admin_ip.denied', 'geoip.blocked']);
    expect(new Set(securityKinds.map((k) => k.color)).size).toBe(securityKinds.length);
  });

  it('shows an unknown kind by its action name', () => {
    expect(kindLabel('session.hijack')).toBe('session.hijack');
    expect(kindInfo('session.hijack').aggregated).toBe(false);
  });

  it('orders known kinds as listed and others alphabetically after them', () => {
    expect(orderKinds(['z.unknown', 'secret.unreadable', 'account.locked', 'a.unknown', 'account.locked'])).toEqual([
      'account.locked',
      'secret.unreadable',
      'a.unknown',
      'z.unknown',
    ]);
  });
});
