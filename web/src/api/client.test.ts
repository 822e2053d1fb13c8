import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch, problem } from '../test/render';
import { ApiError } from '../lib/problem';
import { api, configureAuth, configureReauth, reauthReason, unwrap } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
  configureAuth(null);
  configureReauth(null);
});

const me = { id: 'u1', email: 'admin@example.test', displayName: 'Admin', isGlobalAdmin: true };

describe('api client auth middleware', () => {
  it('renews once on 401 and retries with the new token', async () => {
    const { calls } = mockFetch((r) => (r.headers.get('Authorization') === 'Bearer fresh' ? json(me) : problem(401, { title: 'Unauthorized' })));
    const onUnauthenticated = vi.fn();
    configureAuth({ getAccessToken: () => Promise.resolve('stale'), renew: () => Promise.resolve('fresh'), onUnauthenticated });

    const data = unwrap(await api.GET('/api/v1/me'));

    expect(data).toEqual(me);
    expect(calls.map((c) => c.headers.get('Authorization'))).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('gives up and reports unauthenticated when renewal fails', async () => {
    const { calls } = mockFetch(() => problem(401, { title: 'Unauthorized' }));
    const onUnauthenticated = vi.fn();
    configureAuth({ getAccessToken: () => Promise.resolve('stale'), renew: () => Promise.reject(new Error('no refresh token')), onUnauthenticated });

    const result = await api.GET('/api/v1/me');

    expect(() => unwrap(result)).toThrow(ApiError);
    expect(calls).toHaveLength(1);
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('replays the request body on retry', async () => {
    const { calls } = mockFetch((r) => (r.headers.get('Authorization') === 'Bearer fresh' ? json({ ok: true }, 201) : problem(401, {})));
    configureAuth({ getAccessToken: () => Promise.resolve('stale'), renew: () => Promise.resolve('fresh'), onUnauthenticated: () => {} });

    await api.POST('/api/v1/orgs', { body: { name: 'Acme' } });

    expect(calls).toHaveLength(2);
    expect(await calls[1].json()).toEqual({ name: 'Acme' });
  });

  it('asks for re-authentication on 403 reauth-required and retries the request once', async () => {
    let confirmed = false;
    const { calls } = mockFetch(() =>
      confirmed ? json({ ok: true }, 201) : problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Re-authentication required.' }),
    );
    configureAuth({ getAccessToken: () => Promise.resolve('token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
    const prompt = vi.fn(() => {
      confirmed = true;
      return Promise.resolve(true);
    });
    configureReauth(prompt);

    const result = await api.POST('/api/v1/orgs/{orgId}/roles', {
      params: { path: { orgId: '00000000-0000-0000-0000-000000000001' } },
      body: { name: 'Night shift', permissions: ['org.read'] },
    });

    expect(prompt).toHaveBeenCalledExactlyOnceWith(undefined);
    expect(result.response.status).toBe(201);
    expect(calls).toHaveLength(2);
    expect(await calls[1].json()).toEqual({ name: 'Night shift', permissions: ['org.read'] });
  });

  it('passes the reason a call names to the re-auth prompt, without sending it', async () => {
    let confirmed = false;
    const { calls } = mockFetch(() =>
      confirmed ? json({ field: 'password', value: 'x' }) : problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Re-authentication required.' }),
    );
    configureAuth({ getAccessToken: () => Promise.resolve('token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
    const prompt = vi.fn(() => {
      confirmed = true;
      return Promise.resolve(true);
    });
    configureReauth(prompt);

    const path = { orgId: '00000000-0000-0000-0000-000000000001', credentialId: '00000000-0000-0000-0000-000000000002' };
    await api.POST('/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/reveal', { params: { path }, body: { field: 'password' }, middleware: [reauthReason('copy this password')] });

    expect(prompt).toHaveBeenCalledExactlyOnceWith('copy this password');
    expect(calls).toHaveLength(2);
    expect([...calls[0].headers.keys()].some((h) => h.includes('reason'))).toBe(false);
  });

  it('leaves a 403 alone when the person cancels or when it is not about re-authentication', async () => {
    mockFetch(() => problem(403, { type: 'https://clientstor.dev/problems/missing-permission', permission: 'roles.manage' }));
    configureAuth({ getAccessToken: () => Promise.resolve('token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
    const prompt = vi.fn(() => Promise.resolve(false));
    configureReauth(prompt);

    const result = await api.GET('/api/v1/me');

    expect(result.response.status).toBe(403);
    expect(prompt).not.toHaveBeenCalled();
  });
});
