import { describe, expect, it } from 'vitest';
import { formatRate, rateLimitDescription, rateLimitLabel } from './rateLimits';

describe('rate limits', () => {
  it('names every policy in plain words and keeps unknown ones', () => {
    expect(['login-ip', 'login-account', 'token-client', 'api-user', 'api-key', 'anonymous-ip'].map(rateLimitLabel)).toEqual([
      'Sign-ins per address',
      'Sign-in attempts per account',
      'Token requests per API key',
      'API requests per user',
      'API requests per API key',
      'Anonymous requests per address',
    ]);
    expect(rateLimitLabel('uploads')).toBe('uploads');
    expect(rateLimitDescription('uploads')).toBeNull();
  });

  it('formats the allowance as "N per M s"', () => {
    expect(formatRate({ permitLimit: 20, windowSeconds: 60 })).toBe('20 per 60 s');
    expect(formatRate({ permitLimit: 1200, windowSeconds: 1 })).toBe('1,200 per 1 s');
  });
});
