import { describe, expect, it } from 'vitest';
import { ipamRoutes } from './routes';

describe('ipam routes', () => {
  it('lazy-load the subnet tree and the subnet pages', async () => {
    expect(ipamRoutes.map((r) => r.path)).toEqual(['orgs/:orgId/ipam', 'orgs/:orgId/ipam/subnets/:subnetId']);
    for (const route of ipamRoutes) {
      const loaded = await (route.lazy as () => Promise<{ Component: unknown }>)();
      expect(typeof loaded.Component).toBe('function');
    }
  });
});
