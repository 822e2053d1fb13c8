import { describe, expect, it } from 'vitest';
import { apiKeyRoutes } from './routes';

describe('API key routes', () => {
  it('lazy-load the organisation and platform pages', async () => {
    expect(apiKeyRoutes.map((r) => r.path)).toEqual(['orgs/:orgId/api-keys', 'settings/api-keys']);
    for (const route of apiKeyRoutes) {
      const loaded = await (route.lazy as () => Promise<{ Component: unknown }>)();
      expect(typeof loaded.Component).toBe('function');
    }
  });
});
