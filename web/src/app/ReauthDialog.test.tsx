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
    configureAuth({ getAccessToken: () => Promise.resolve('token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
    render(<ReauthDialog />);
    let result: Promise<boolean> | undefined;
    act(() => {
      result = requestReauth();
    });
    await userEvent.type(await screen.findByLabelText('Password'), 'my password');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await expect(result).resolves.toBe(true);
    expect(calls[0].url).toMatch(/\/api\/v1\/auth\/reauth$/);
    expect(await calls[0].json()).toEqual({ password: 'my password' });
  });

  it('words the title after the reason the call gave, and keeps the general title otherwise', async () => {
    mockFetch(() => json({ validUntil: '2026-11-23T12:00:00Z' }));
    configureAuth({ getAccessToken: () => Promise.resolve('token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
    render(<ReauthDialog />);
    let result: Promise<boolean> | undefined;
    act(() => {
      result = requestReauth('copy this password');
    });
    expect(await screen.findByRole('dialog', { name: 'Confirm it is you to copy this password' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await expect(result).resolves.toBe(false);

    act(() => {
      result = requestReauth();
    });
    expect(await screen.findByRole('dialog', { name: 'Confirm it is you' })).toHaveTextContent('This is a sensitive change.');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await expect(result).resolves.toBe(false);
  });

  it('shows the API error for a wrong password and resolves false on cancel', async () => {
    mockFetch(() => problem(400, { errors: { password: ['The password is not correct.'] } }));
    configureAuth({ getAccessToken: () => Promise.resolve('token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
    render(<ReauthDialog />);
    let result: Promise<boolean> | undefined;
    act(() => {
      result = requestReauth();
    });
    await userEvent.type(await screen.findByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The password is not correct.');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await expect(result).resolves.toBe(false);
  });

  it('sends the authentication code when MFA is on', async () => {
    const { calls } = mockFetch(() => json({ validUntil: '2026-11-23T12:00:00Z' }));
    configureAuth({ getAccessToken: () => Promise.resolve('token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
    render(<ReauthDialog askForCode />);
    let result: Promise<boolean> | undefined;
    act(() => {
      result = requestReauth();
    });
    await userEvent.type(await screen.findByLabelText('Password'), 'my password');
    await userEvent.type(screen.getByLabelText('Authentication code'), ' 654321 ');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await expect(result).resolves.toBe(true);
    expect(await calls[0].json()).toEqual({ password: 'my password', code: '654321' });
  });

  it('shows the code field when the API asks for a code', async () => {
    const { calls } = mockFetch(() =>
      calls.length === 1
        ? problem(400, { errors: { code: ['Enter the code from your authenticator app (or a recovery code).'] } })
        : json({ validUntil: '2026-11-23T12:00:00Z' }),
    );
    configureAuth({ getAccessToken: () => Promise.resolve('token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
    render(<ReauthDialog />);
    let result: Promise<boolean> | undefined;
    act(() => {
      result = requestReauth();
    });
    expect(screen.queryByLabelText('Authentication code')).not.toBeInTheDocument();
    await userEvent.type(await screen.findByLabelText('Password'), 'my password');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the code from your authenticator app');

    await userEvent.type(screen.getByLabelText('Authentication code'), 'ABCD-EFGH-JKLM-NPQR');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await expect(result).resolves.toBe(true);
    expect(await calls[1].json()).toEqual({ password: 'my password', code: 'ABCD-EFGH-JKLM-NPQR' });
  });
});
