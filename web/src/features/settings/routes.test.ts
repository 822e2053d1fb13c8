import { describe, expect, it } from 'vitest';
import { navItems, settingsRoutes } from './routes';

describe('settings routes', () => {
  it('lazy-load the security settings page and export an admin-only nav item', async () => {
    expect(settingsRoutes.map((r) => r.path)).toEqual(['settings/security']);
    const loaded = await (settingsRoutes[0].lazy as () => Promise<{ Component: unknown }>)();
    expect(typeof loaded.Component).toBe('function');
    expect(navItems).toEqual([{ to: '/settings/security', label: 'Settings', adminOnly: true }]);
  });
});
