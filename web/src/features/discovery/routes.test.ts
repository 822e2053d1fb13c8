import { describe, expect, it } from 'vitest';
import { discoveryRoutes } from './routes';

describe('discovery routes', () => {
  it('lazy-load the discovery page', async () => {
    expect(discoveryRoutes.map((r) => r.path)).toEqual(['orgs/:orgId/discovery']);
    const loaded = await (discoveryRoutes[0].lazy as () => Promise<{ Component: unknown }>)();
    expect(typeof loaded.Component).toBe('function');
  });
});
