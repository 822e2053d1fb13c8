import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { session } from '../../../entities/session/testData';
import { user, userAccess } from '../testData';
import type { User } from '../types';
import { UserDetailPage } from './UserDetailPage';

afterEach(() => vi.unstubAllGlobals());

const u = user(1);
const route = { path: '/users/:userId', route: `/users/${u.id}` };
const base = `/api/v1/users/${u.id}`;

/** Answers GET user and GET sessions; `mutate` answers everything else. */
function api(current: () => User, mutate: (request: Request) => Response | Promise<Response>) {
  return mockFetch((request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'GET' && path === base) return json(current());
    if (request.method === 'GET' && path === `${base}/sessions`) return json({ items: [session(1), session(2)], nextCursor: null });
    if (request.method === 'GET' && path === `${base}/access`) return json(userAccess(u.id));
    // The organisations' names, for the password strength meter.
    if (request.method === 'GET' && path === '/api/v1/orgs') return json({ items: [], nextCursor: null });
    return mutate(request);
  });
}

describe('UserDetailPage', () => {
  it('deactivates after confirmation with PATCH { isActive: false }', async () => {
    let current = u;
    const { calls } = api(
      () => current,
      async (request) => {
        current = { ...current, ...((await request.clone().json()) as Partial<User>) };
        return json(current);
      },
    );
    renderRoute(<UserDetailPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate user' });
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText(/User deactivated/)).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(new URL(patch.url).pathname).toBe(base);
    expect(patch.headers.get('If-Match')).toBe(u.etag);
    expect(await patch.json()).toEqual({ isActive: false });
    expect(screen.getByText('Deactivated')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reactivate…' })).toBeInTheDocument();
  });

  it('reactivates and toggles global admin with the right bodies', async () => {
    let current = user(1, { isActive: false, isGlobalAdmin: true });
    const { calls } = api(
      () => current,
      async (request) => {
        current = { ...current, ...((await request.clone().json()) as Partial<User>) };
        return json(current);
      },
    );
    renderRoute(<UserDetailPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Reactivate…' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reactivate' }));
    expect(await screen.findByText('User reactivated.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click(screen.getByRole('button', { name: 'Remove global admin…' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove global admin' }));
    expect(await screen.findByText('Global administrator rights removed.')).toBeInTheDocument();

    const bodies = await Promise.all(calls.filter((c) => c.method === 'PATCH').map((c) => c.json()));
    expect(bodies).toEqual([{ isActive: true }, { isGlobalAdmin: false }]);
    expect(screen.getByRole('button', { name: 'Make global admin…' })).toBeInTheDocument();
  });

  it('shows a 409 from the API as an alert with its detail', async () => {
    api(
      () => u,
      () => problem(409, { title: 'Conflict.', detail: 'You cannot deactivate your own account.' }),
    );
    renderRoute(<UserDetailPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate…' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Deactivate' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot deactivate your own account.');
  });

  it('offers Unlock only while locked, and unlocks with POST', async () => {
    let current = user(1, { lockedUntil: '2099-01-01T00:00:00Z' });
    const { calls } = api(
      () => current,
      () => {
        current = { ...current, lockedUntil: null };
        return json(current);
      },
    );
    renderRoute(<UserDetailPage />, route);

    expect(await screen.findByText(/Locked until/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Account unlocked.')).toBeInTheDocument();

    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`${base}/unlock`);
    expect(screen.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Locked until/)).not.toBeInTheDocument();
  });

  it('has no Unlock for an unlocked user', async () => {
    api(() => u, () => json(u));
    renderRoute(<UserDetailPage />, route);
    expect(await screen.findByRole('button', { name: 'Reset password…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unlock' })).not.toBeInTheDocument();
  });

  it('resets the password with POST { newPassword } and shows policy errors under the field', async () => {
    let attempt = 0;
    const { calls } = api(
      () => u,
      () =>
        ++attempt === 1
          ? problem(400, { title: 'Validation failed.', errors: { newPassword: ['This password is too common.'] } })
          : json({ ...u, mustChangePassword: true }),
    );
    renderRoute(<UserDetailPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Reset password…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset password' });
    await userEvent.type(within(dialog).getByLabelText('New password'), 'password1234');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(await within(dialog).findByText('This password is too common.')).toBeInTheDocument();

    await userEvent.clear(within(dialog).getByLabelText('New password'));
    await userEvent.type(within(dialog).getByLabelText('New password'), 'a much better new secret');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(await screen.findByText(/Password reset\./)).toBeInTheDocument();

    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => new URL(c.url).pathname)).toEqual([`${base}/password`, `${base}/password`]);
    expect(await posts[1].json()).toEqual({ newPassword: 'a much better new secret' });
    expect(screen.getByText('Must change password')).toBeInTheDocument();
  });

  it('refuses a change based on a version someone else replaced (412) and re-reads the user', async () => {
    const { calls } = api(() => u, () => problem(412, { title: 'Precondition Failed', detail: 'The resource was changed.' }));
    renderRoute(<UserDetailPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Make global admin…' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Make global admin' })).getByRole('button', { name: 'Make global admin' }));
    expect(await screen.findByText(/changed by someone else since the page loaded, so nothing was changed/)).toBeInTheDocument();
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET' && new URL(c.url).pathname === base).length).toBeGreaterThan(1));
  });

  it("lists the user's sessions and ends one with DELETE", async () => {
    const { calls } = api(() => u, () => new Response(null, { status: 204 }));
    renderRoute(<UserDetailPage />, route);

    const table = await screen.findByRole('table', { name: 'User sessions' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    await userEvent.click(within(rows[2]).getByRole('button', { name: /End session/ }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'End session' })).getByRole('button', { name: 'End session' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe(`${base}/sessions/${session(2).id}`);
    // The list is fetched again once the session has ended.
    const sessionGets = () => calls.filter((c) => c.method === 'GET' && new URL(c.url).pathname === `${base}/sessions`);
    await waitFor(() => expect(sessionGets()).toHaveLength(2));
  });

  it('says when the user does not exist', async () => {
    mockFetch(() => problem(404, { title: 'Not found.', detail: 'No such user.' }));
    renderRoute(<UserDetailPage />, route);
    expect(await screen.findByText('This user does not exist.')).toBeInTheDocument();
  });

  it('shows the MFA badges and toggles Require MFA with PATCH { requireMfa }', async () => {
    let current = user(1, { mfaEnabled: true });
    const { calls } = api(
      () => current,
      async (request) => {
        current = { ...current, ...((await request.clone().json()) as Partial<User>) };
        return json(current);
      },
    );
    renderRoute(<UserDetailPage />, route);

    expect(await screen.findByText('MFA')).toBeInTheDocument();
    expect(screen.queryByText('MFA required')).not.toBeInTheDocument();
    const toggle = screen.getByRole('switch', { name: 'Require MFA' });
    expect(toggle).not.toBeChecked();

    await userEvent.click(toggle);
    expect(await screen.findByText('MFA is now required for this user.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Require MFA' })).toBeChecked();
    expect(screen.getByText('MFA required')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: 'Require MFA' }));
    expect(await screen.findByText(/MFA is no longer required for this user/)).toBeInTheDocument();

    const bodies = await Promise.all(calls.filter((c) => c.method === 'PATCH').map((c) => c.json()));
    expect(bodies).toEqual([{ requireMfa: true }, { requireMfa: false }]);
  });

  it('resets MFA with DELETE after confirmation', async () => {
    let current = user(1, { mfaEnabled: true, requireMfa: true });
    const { calls } = api(
      () => current,
      () => {
        current = { ...current, mfaEnabled: false };
        return json(current);
      },
    );
    renderRoute(<UserDetailPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Reset MFA…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset MFA' });
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset MFA' }));

    expect(await screen.findByText('MFA reset. All their sessions have ended.')).toBeInTheDocument();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe(`${base}/mfa`);
    expect(screen.queryByRole('button', { name: 'Reset MFA…' })).not.toBeInTheDocument();
    expect(screen.getByText('Not set up')).toBeInTheDocument();
    expect(screen.getByText('MFA required')).toBeInTheDocument();
  });

  it('lists the access per organisation with its sources: a direct role and a team grant, with the shortest window', async () => {
    api(() => u, () => problem(500, { title: 'unexpected' }));
    renderRoute(<UserDetailPage />, route);

    const access = await screen.findByRole('region', { name: 'Access' });
    const table = await within(access).findByRole('table', { name: 'Access per organisation' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/orgs/0190f0a0-0000-7000-8000-00000000a001');
    expect(rows[1]).toHaveTextContent('Direct member');
    expect(within(rows[1]).getByRole('link', { name: 'First line' })).toHaveAttribute('href', '/teams/0190f0a0-0000-7000-8000-00000000e001');
    expect(rows[1]).toHaveTextContent('1 min');
    expect(rows[2]).toHaveTextContent('Helpdesk');
    expect(rows[2]).not.toHaveTextContent('Direct member');
  });

  it('says when the user has no access yet, with a way to give some', async () => {
    mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === base) return json(u);
      if (path === `${base}/access`) return json({ userId: u.id, isGlobalAdmin: false, organisations: [] });
      return json({ items: [], nextCursor: null });
    });
    renderRoute(<UserDetailPage />, route);
    expect(await screen.findByText(/No access to any organisation yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to teams' })).toHaveAttribute('href', '/teams');
  });
});
