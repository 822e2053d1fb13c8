import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import type { SecuritySettings } from '../types';
import { SecuritySettingsPage } from './SecuritySettingsPage';

afterEach(() => vi.unstubAllGlobals());

const off: SecuritySettings = { requireMfa: false, updatedAt: '2026-11-23T00:00:00Z' };

describe('SecuritySettingsPage', () => {
  it('turns "Require MFA for everyone" on with PATCH { requireMfa: true }', async () => {
    let current = off;
    const { calls } = mockFetch(async (request) => {
      if (request.method === 'PATCH') {
        current = { ...current, ...((await request.clone().json()) as Partial<SecuritySettings>), updatedAt: '2026-11-24T09:00:00Z' };
      }
      return json(current);
    });
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    expect(screen.getByRole('heading', { name: 'Security settings' })).toBeInTheDocument();
    const toggle = await screen.findByRole('switch', { name: 'Require MFA for everyone' });
    expect(toggle).not.toBeChecked();
    expect(new URL(calls[0].url).pathname).toBe('/api/v1/settings/security');

    await userEvent.click(toggle);
    expect(await screen.findByText(/MFA is now required for everyone/)).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(new URL(patch.url).pathname).toBe('/api/v1/settings/security');
    expect(await patch.json()).toEqual({ requireMfa: true });
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Require MFA for everyone' })).toBeChecked());
  });

  it('shows a failed change and keeps the saved value', async () => {
    mockFetch((request) =>
      request.method === 'PATCH'
        ? problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Forbidden', detail: 'Confirm your password to continue.' })
        : json({ ...off, requireMfa: true }),
    );
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    const toggle = await screen.findByRole('switch', { name: 'Require MFA for everyone' });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    expect(await screen.findByRole('alert')).toHaveTextContent('Confirm your password to continue.');
    expect(screen.getByRole('switch', { name: 'Require MFA for everyone' })).toBeChecked();
  });

  it('shows a 403 for someone who is not a global administrator', async () => {
    mockFetch(() => problem(403, { title: 'Forbidden', detail: 'Only global administrators can change settings.' }));
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Only global administrators can change settings.');
  });
});
