import { describe, expect, it } from 'vitest';
import { navItems, userRoutes } from './routes';

describe('users routes', () => {
  it('lazy-load their pages and export the admin-only nav item', async () => {
    expect(userRoutes.map((r) => r.path)).toEqual(['users', 'users/:userId']);
    for (const route of userRoutes) {
      const loaded = await (route.lazy as () => Promise<{ Component: unknown }>)();
      expect(typeof loaded.Component).toBe('function');
    }
    expect(navItems).toEqual([{ to: '/users', label: 'Users', adminOnly: true }]);
  });
});
