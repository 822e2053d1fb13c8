import type { SecuritySettings } from './types';

export type RateLimit = SecuritySettings['rateLimits'][number];

const policies: Record<string, { label: string; description: string }> = {
  'login-ip': { label: 'Sign-ins per address', description: 'Sign-in, MFA and password confirmation requests from one address (IPv6: one /64).' },
  'login-account': { label: 'Sign-in attempts per account', description: 'Sign-in and MFA attempts for one account, from any address.' },
  'token-client': { label: 'Token requests per API key', description: 'Client-credentials token requests for one API key.' },
  'api-user': { label: 'API requests per user', description: 'Requests made with a signed-in person’s token.' },
  'api-key': { label: 'API requests per API key', description: 'Requests made with an API key’s token.' },
  'anonymous-ip': { label: 'Anonymous requests per address', description: 'Requests without a valid token, per address.' },
};

/** The policy in plain words; unknown policies keep their name. */
export function rateLimitLabel(policy: string): string {
  return policies[policy]?.label ?? policy;
}

export function rateLimitDescription(policy: string): string | null {
  return policies[policy]?.description ?? null;
}

const count = new Intl.NumberFormat();

/** "20 per 60 s". */
export function formatRate(limit: Pick<RateLimit, 'permitLimit' | 'windowSeconds'>): string {
  return `${count.format(limit.permitLimit)} per ${count.format(limit.windowSeconds)} s`;
}
