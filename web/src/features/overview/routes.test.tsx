import { describe, expect, it } from 'vitest';
import { overviewRoutes } from './routes';

describe('overview routes', () => {
  it('make / the home dashboard and /orgs/:orgId the client’s overview', () => {
    const routes = overviewRoutes();
    expect(routes.map((r) => (r.index ? 'index' : r.path))).toEqual(['index', 'orgs/:orgId']);
  });
});
