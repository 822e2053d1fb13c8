import { describe, expect, it } from 'vitest';
import { orderSecretFields, secretLabel, summariseSecrets } from './secretFields';

describe('secret fields', () => {
  it('names, orders and counts them', () => {
    expect(orderSecretFields(['custom:b', 'otpSeed', 'custom:a', 'password'])).toEqual(['password', 'otpSeed', 'custom:a', 'custom:b']);
    expect(['password', 'otpSeed', 'custom:API token'].map(secretLabel)).toEqual(['Password', 'TOTP seed', 'API token']);
    expect(summariseSecrets(['custom:a', 'custom:b', 'otpSeed'])).toEqual({ password: false, totp: true, custom: 2 });
  });
});
