import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { user } from '../testData';
import { UsersListPage } from './UsersListPage';

afterEach(() => vi.unstubAllGlobals());

describe('UsersListPage', () => {
  it('shows each user with admin, active, locked and MFA badges', async () => {
    mockFetch(() =>
      json({
        items: [
          user(1, { isGlobalAdmin: true }),
          user(2, { isActive: false, displayName: '' }),
          user(3, { lockedUntil: '2099-05-01T12:00:00Z', mustChangePassword: true }),
          user(4, { lockedUntil: '2000-01-01T00:00:00Z', mfaEnabled: true, requireMfa: true }),
        ],
        nextCursor: null,
      }),
    );
    renderRoute(<UsersListPage />, { path: '/users' });

    const table = await screen.findByRole('table', { name: 'Users' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);

    expect(within(rows[1]).getByRole('link', { name: 'user1@example.test' })).toHaveAttribute('href', `/users/${user(1).id}`);
    expect(within(rows[1]).getByText('Global admin')).toHaveClass('bg-warning');
    expect(within(rows[1]).getByText('Active')).toHaveClass('bg-success');

    expect(within(rows[2]).getByText('Deactivated')).toHaveClass('bg-secondary');
    expect(within(rows[2]).queryByText('Global admin')).not.toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('—');

    expect(within(rows[3]).getByText(/^Locked until .*2099/)).toHaveClass('bg-danger');
    expect(within(rows[3]).getByText('Must change password')).toBeInTheDocument();
    // A lock that has run out is no lock.
    expect(within(rows[4]).queryByText(/Locked until/)).not.toBeInTheDocument();
    expect(within(rows[4]).getByText('MFA')).toBeInTheDocument();
    expect(within(rows[4]).getByText('MFA required')).toBeInTheDocument();
    expect(within(rows[1]).queryByText('MFA')).not.toBeInTheDocument();
  });

  it('sends q, active and sort from the URL, and pages with the cursor', async () => {
    const { calls } = mockFetch((request) =>
      new URL(request.url).searchParams.get('cursor') === 'p2'
        ? json({ items: [user(2)], nextCursor: null })
        : json({ items: [user(1)], nextCursor: 'p2' }),
    );
    renderRoute(<UsersListPage />, { path: '/users', route: '/users?q=ann&active=false&sort=-createdAt' });

    expect(await screen.findByRole('link', { name: 'user1@example.test' })).toBeInTheDocument();
    const first = new URL(calls[0].url);
    expect(first.pathname).toBe('/api/v1/users');
    expect(Object.fromEntries(first.searchParams)).toEqual({ limit: '50', sort: '-createdAt', q: 'ann', active: 'false' });
    expect(screen.getByLabelText('Search users')).toHaveValue('ann');

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('link', { name: 'user2@example.test' })).toBeInTheDocument();
    expect(new URL(calls[calls.length - 1].url).searchParams.get('cursor')).toBe('p2');
  });

  it('debounces the search box into q and sends the active filter', async () => {
    const { calls } = mockFetch(() => json({ items: [], nextCursor: null }));
    renderRoute(<UsersListPage />, { path: '/users' });
    expect(await screen.findByText('No users yet.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Search users'), 'bob');
    expect(await screen.findByText('No users match your search.')).toBeInTheDocument();
    await waitFor(() => expect(calls.map((c) => new URL(c.url).searchParams.get('q'))).toEqual([null, 'bob']));

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'true');
    await waitFor(() => expect(new URL(calls[calls.length - 1].url).searchParams.get('active')).toBe('true'));
    expect(new URL(calls[calls.length - 1].url).searchParams.get('q')).toBe('bob');
  });

  it('shows a 403 with the API detail', async () => {
    mockFetch(() => problem(403, { title: 'Forbidden', detail: 'Only global administrators can manage users.' }));
    renderRoute(<UsersListPage />, { path: '/users' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Only global administrators can manage users.');
  });
});

describe('New user form', () => {
  it('creates a user with must-change on by default, then opens the user', async () => {
    const { calls } = mockFetch((request) =>
      request.method === 'POST' ? json(user(9, { email: 'new@example.test', mustChangePassword: true }), 201) : json({ items: [], nextCursor: null }),
    );
    renderRoute(<UsersListPage />, { path: '/users' });

    await userEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    expect(within(dialog).getByLabelText('Must change the password at first sign-in')).toBeChecked();
    expect(within(dialog).getByLabelText(/Global administrator/)).not.toBeChecked();

    await userEvent.type(within(dialog).getByLabelText('Email'), ' new@example.test ');
    await userEvent.type(within(dialog).getByLabelText('Display name'), 'New Person');
    await userEvent.type(within(dialog).getByLabelText('Initial password'), 'a long initial secret');
    await userEvent.click(within(dialog).getByLabelText(/Global administrator/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/users');
    expect(await post.json()).toEqual({
      email: 'new@example.test',
      displayName: 'New Person',
      password: 'a long initial secret',
      isGlobalAdmin: true,
      mustChangePassword: true,
    });
  });

  it('shows 400 and 409 field errors under their fields', async () => {
    mockFetch((request) =>
      request.method === 'POST'
        ? problem(409, { title: 'Conflict.', detail: 'A user with this email already exists.', errors: { email: ['A user with this email already exists.'] } })
        : json({ items: [], nextCursor: null }),
    );
    renderRoute(<UsersListPage />, { path: '/users' });

    await userEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    await userEvent.type(within(dialog).getByLabelText('Email'), 'taken@example.test');
    await userEvent.type(within(dialog).getByLabelText('Initial password'), 'a long initial secret');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    expect(await within(dialog).findByText('A user with this email already exists.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Email')).toHaveClass('is-invalid');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('rates the initial password against what is typed above it', { timeout: 15_000 }, async () => {
    mockFetch(() => json({ items: [], nextCursor: null }));
    renderRoute(<UsersListPage />, { path: '/users' });

    await userEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = await screen.findByRole('dialog', { name: 'New user' });
    await userEvent.type(within(dialog).getByLabelText('Email'), 'ann@example.test');
    await userEvent.type(within(dialog).getByLabelText('Initial password'), 'ann@example.test1');
    expect(await within(dialog).findByText('There should not be any personal or page related data.', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(within(dialog).getByRole('meter', { name: 'Password strength' })).toHaveAttribute('aria-valuetext', 'Weak (2 of 5)');
    expect(within(dialog).getByLabelText('Initial password')).toHaveAccessibleDescription(expect.stringContaining('not strong enough yet') as string);
  });
});
