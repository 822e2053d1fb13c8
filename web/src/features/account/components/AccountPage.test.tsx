import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { globalAdminMe, json, mockFetch, renderRoute, withMe } from '../../../test/render';
import { session } from '../testData';
import { AccountPage } from './AccountPage';

afterEach(() => vi.unstubAllGlobals());

describe('AccountPage', () => {
  it('shows who is signed in, the change-password form and the sessions', async () => {
    mockFetch(withMe({ ...globalAdminMe, mustChangePassword: false }, () => json({ items: [session(1, { current: true })], nextCursor: null })));
    renderRoute(<AccountPage />, { path: '/account' });

    expect(screen.getByRole('heading', { name: 'My account' })).toBeInTheDocument();
    expect(await screen.findByText(/admin@example\.test/)).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Change password' })).toBeInTheDocument();
    expect(await screen.findByText('This device')).toBeInTheDocument();
  });
});
