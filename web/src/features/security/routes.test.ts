import { describe, expect, it } from 'vitest';
import { navItems, securityRoutes } from './routes';

describe('security routes', () => {
  it('lazy-load the security events page and export an admin-only nav item', async () => {
    expect(securityRoutes.map((r) => r.path)).toEqual(['security']);
    const loaded = await (securityRoutes[0].lazy as () => Promise<{ Component: unknown }>)();
    expect(typeof loaded.Component).toBe('function');
    expect(navItems).toEqual([{ to: '/security', label: 'Security', adminOnly: true }]);
  });
});
