import { describe, expect, it } from 'vitest';
import { userRoutes, navItems as userNav } from '../users/routes';
import { accountRoutes, ForceMfaEnrolment, ForcePasswordChange, navItems as accountNav } from './routes';

describe('account and users routes', () => {
  it('lazy-load their pages and export nav items', async () => {
    const all = [...accountRoutes, ...userRoutes];
    expect(all.map((r) => r.path)).toEqual(['account', 'users', 'users/:userId']);
    for (const route of all) {
      const loaded = await (route.lazy as () => Promise<{ Component: unknown }>)();
      expect(typeof loaded.Component).toBe('function');
    }
    expect(accountNav).toEqual([{ to: '/account', label: 'My account' }]);
    expect(userNav).toEqual([{ to: '/users', label: 'Users', adminOnly: true }]);
    expect(typeof ForcePasswordChange).toBe('function');
    expect(typeof ForceMfaEnrolment).toBe('function');
  });
});
