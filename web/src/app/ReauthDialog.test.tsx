import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureAuth, requestReauth } from '../api/client';
import { json, mockFetch, problem } from '../test/render';
import { ReauthDialog } from './ReauthDialog';

afterEach(() => {
  vi.unstubAllGlobals();
  configureAuth(null);
});

describe('ReauthDialog', () => {
  it('asks for the password, confirms it with the API and resolves true', async () => {
    const { calls } = mockFetch(() => json({ validUntil: '2026-11-23T12:00:00Z' }));
    configureAuth({ getAccessToken: async () => 'token', renew: async () => null, onUnauthenticated: () => {} });
    render(<ReauthDialog />);
    let result: Promise<boolean> | undefined;
    await act(async () => {
      result = requestReauth();
    });
    await userEvent.type(await screen.findByLabelText('Password'), 'my password');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await expect(result).resolves.toBe(true);
    expect(calls[0].url).toMatch(/\/api\/v1\/auth\/reauth$/);
    expect(await calls[0].json()).toEqual({ password: 'my password' });
  });

  it('shows the API error for a wrong password and resolves false on cancel', async () => {
    mockFetch(() => problem(400, { errors: { password: ['The password is not correct.'] } }));
    configureAuth({ getAccessToken: async () => 'token', renew: async () => null, onUnauthenticated: () => {} });
    render(<ReauthDialog />);
    let result: Promise<boolean> | undefined;
    await act(async () => {
      result = requestReauth();
    });
    await userEvent.type(await screen.findByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The password is not correct.');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await expect(result).resolves.toBe(false);
  });
});
