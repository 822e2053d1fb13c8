import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/render';
import { api, configureAuth, unwrap } from './client';
import { ApiError } from '../lib/problem';

afterEach(() => {
  vi.unstubAllGlobals();
  configureAuth(null);
});

const me = { id: 'u1', email: 'admin@example.test', displayName: 'Admin', isGlobalAdmin: true };

describe('api client auth middleware', () => {
  it('renews once on 401 and retries with the new token', async () => {
    const { calls } = mockFetch((r) => (r.headers.get('Authorization') === 'Bearer fresh' ? json(me) : problem(401, { title: 'Unauthorized' })));
    const onUnauthenticated = vi.fn();
    configureAuth({ getAccessToken: async () => 'stale', renew: async () => 'fresh', onUnauthenticated });

    const data = unwrap(await api.GET('/api/v1/me'));

    expect(data).toEqual(me);
    expect(calls.map((c) => c.headers.get('Authorization'))).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('gives up and reports unauthenticated when renewal fails', async () => {
    const { calls } = mockFetch(() => problem(401, { title: 'Unauthorized' }));
    const onUnauthenticated = vi.fn();
    configureAuth({ getAccessToken: async () => 'stale', renew: async () => Promise.reject(new Error('no refresh token')), onUnauthenticated });

    const result = await api.GET('/api/v1/me');

    expect(() => unwrap(result)).toThrow(ApiError);
    expect(calls).toHaveLength(1);
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('replays the request body on retry', async () => {
    const { calls } = mockFetch((r) => (r.headers.get('Authorization') === 'Bearer fresh' ? json({ ok: true }, 201) : problem(401, {})));
    configureAuth({ getAccessToken: async () => 'stale', renew: async () => 'fresh', onUnauthenticated: () => {} });

    await api.POST('/api/v1/orgs', { body: { name: 'Acme' } });

    expect(calls).toHaveLength(2);
    expect(await calls[1].json()).toEqual({ name: 'Acme' });
  });
});
