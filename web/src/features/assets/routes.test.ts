import { describe, expect, it } from 'vitest';
import { assetRoutes } from './routes';

describe('asset routes', () => {
  it('lazy-load the list, create, directory, detail and edit pages', async () => {
    expect(assetRoutes.map((r) => r.path)).toEqual([
      'orgs/:orgId/assets',
      'orgs/:orgId/assets/new',
      'orgs/:orgId/assets/directory',
      'orgs/:orgId/assets/:assetId',
      'orgs/:orgId/assets/:assetId/edit',
    ]);
    for (const route of assetRoutes) {
      const loaded = await (route.lazy as () => Promise<{ Component: unknown }>)();
      expect(typeof loaded.Component).toBe('function');
    }
  });
});
