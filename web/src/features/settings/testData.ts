import type { SecuritySettings } from './types';

export function securitySettings(overrides: Partial<SecuritySettings> = {}): SecuritySettings {
  return {
    requireMfa: false,
    adminAllowedIps: [],
    yourAddress: '203.0.113.7',
    geoIp: { enabled: false, databaseType: null, blockedCountries: [] },
    rateLimits: [
      { policy: 'login-ip', enabled: true, permitLimit: 20, windowSeconds: 60 },
      { policy: 'login-account', enabled: true, permitLimit: 10, windowSeconds: 60 },
      { policy: 'token-client', enabled: true, permitLimit: 30, windowSeconds: 60 },
      { policy: 'api-user', enabled: true, permitLimit: 1200, windowSeconds: 60 },
      { policy: 'api-key', enabled: true, permitLimit: 600, windowSeconds: 60 },
      { policy: 'anonymous-ip', enabled: true, permitLimit: 300, windowSeconds: 60 },
    ],
    corsOrigins: [],
    updatedAt: '2026-11-23T00:00:00Z',
    etag: '"settings-1"',
    ...overrides,
  };
}
