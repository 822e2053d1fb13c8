import { describe, expect, it } from 'vitest';
import { rackRoutes } from './routes';

describe('rack routes', () => {
  it('lazy-load the rack list, the patch panels and the rack page', async () => {
    expect(rackRoutes.map((r) => r.path)).toEqual(['orgs/:orgId/racks', 'orgs/:orgId/racks/panels', 'orgs/:orgId/racks/:rackId']);
    for (const route of rackRoutes) {
      const loaded = await (route.lazy as () => Promise<{ Component: unknown }>)();
      expect(typeof loaded.Component).toBe('function');
    }
  });
});
