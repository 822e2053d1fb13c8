import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { globalAdminMe, json, mockFetch, renderRoute, withMe } from '../../../test/render';
import { session } from '../../../entities/session/testData';
import { mfaStatus } from '../testData';
import { AccountPage } from './AccountPage';

afterEach(() => vi.unstubAllGlobals());

describe('AccountPage', () => {
  it('shows who is signed in, the change-password form, two-factor authentication and the sessions', async () => {
    mockFetch(
      withMe({ ...globalAdminMe, mustChangePassword: false }, (request) =>
        new URL(request.url).pathname === '/api/v1/me/mfa'
          ? json(mfaStatus())
          : json({ items: [session(1, { current: true })], nextCursor: null }),
      ),
    );
    renderRoute(<AccountPage />, { path: '/account' });

    expect(screen.getByRole('heading', { name: 'My account' })).toBeInTheDocument();
    expect(await screen.findByText(/admin@example\.test/)).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Change password' })).toBeInTheDocument();
    expect(await screen.findByText('This device')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Two-factor authentication' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Set up authenticator app' })).toBeInTheDocument();
  });
});
