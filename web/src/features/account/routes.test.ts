import { describe, expect, it } from 'vitest';
import { accountRoutes, ForceMfaEnrolment, ForcePasswordChange, navItems } from './routes';

describe('account routes', () => {
  it('lazy-load the account page and export the nav item and the forced screens', async () => {
    expect(accountRoutes.map((r) => r.path)).toEqual(['account']);
    for (const route of accountRoutes) {
      const loaded = await (route.lazy as () => Promise<{ Component: unknown }>)();
      expect(typeof loaded.Component).toBe('function');
    }
    expect(navItems).toEqual([{ to: '/account', label: 'My account' }]);
    expect(typeof ForcePasswordChange).toBe('function');
    expect(typeof ForceMfaEnrolment).toBe('function');
  });
});
