import { describe, expect, it } from 'vitest';
import { vaultRoutes } from './routes';

describe('vault routes', () => {
  it('lazy-load the list, create, detail and edit pages', async () => {
    expect(vaultRoutes.map((r) => r.path)).toEqual([
      'orgs/:orgId/vault',
      'orgs/:orgId/vault/new',
      'orgs/:orgId/vault/:credentialId',
      'orgs/:orgId/vault/:credentialId/edit',
    ]);
    for (const route of vaultRoutes) {
      const loaded = await (route.lazy as () => Promise<{ Component: unknown }>)();
      expect(typeof loaded.Component).toBe('function');
    }
  });
});
