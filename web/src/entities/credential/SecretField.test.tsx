import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { configureReauth } from '../../api/client';
import { json, mockFetch, problem, renderRoute } from '../../test/render';
import { SecretField } from './SecretField';

const orgId = '0190f0a0-0000-7000-8000-000000000001';
const router = { id: '0190f0a0-0000-7000-8000-0000000000c1' };

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  configureReauth(null);
});

const revealPath = `/api/v1/orgs/${orgId}/vault/credentials/${router.id}/reveal`;
const reveals = (calls: Request[]) => calls.filter((c) => new URL(c.url).pathname === revealPath);

function setup(field = 'password', canReveal = true) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const fetch = mockFetch(async (r) => json({ field: ((await r.clone().json()) as { field: string }).field, value: 'S3cret!pass' }));
  renderRoute(<SecretField orgId={orgId} credentialId={router.id} field={field} canReveal={canReveal} />);
  return { ...fetch, user };
}

describe('SecretField', () => {
  it('reveals the value with a countdown and hides it again after 30 seconds', async () => {
    const { calls, user } = setup();
    const group = screen.getByRole('group', { name: 'Password' });
    expect(group).toHaveTextContent('••••••••');
    expect(calls).toHaveLength(0);

    await user.click(within(group).getByRole('button', { name: 'Reveal password' }));
    expect(await within(group).findByText('S3cret!pass')).toBeInTheDocument();
    expect(group).toHaveTextContent('Hides in 30 s');
    expect(reveals(calls)).toHaveLength(1);
    expect(await reveals(calls)[0].json()).toEqual({ field: 'password' });

    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(group).toHaveTextContent('Hides in 20 s');
    expect(group).toHaveTextContent('S3cret!pass');

    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(within(group).queryByText('S3cret!pass')).not.toBeInTheDocument();
    expect(group).toHaveTextContent('••••••••');
    expect(within(group).getByRole('button', { name: 'Reveal password' })).toBeInTheDocument();
  });

  it('hides at once with Hide', async () => {
    const { user } = setup('custom:API token');
    const group = screen.getByRole('group', { name: 'API token' });
    await user.click(within(group).getByRole('button', { name: 'Reveal API token' }));
    expect(await within(group).findByText('S3cret!pass')).toBeInTheDocument();
    await user.click(within(group).getByRole('button', { name: 'Hide API token' }));
    expect(within(group).queryByText('S3cret!pass')).not.toBeInTheDocument();
  });

  it('copies without showing the value and clears the clipboard after 30 seconds', async () => {
    const { calls, user } = setup();
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    const group = screen.getByRole('group', { name: 'Password' });

    await user.click(within(group).getByRole('button', { name: 'Copy password' }));
    await vi.waitFor(() => expect(screen.getByTestId('copy-notice')).toHaveTextContent('Password copied — clears in 30 s'));
    expect(within(group).getByText('Password copied — clears in 30 s.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('S3cret!pass');
    expect(document.body).not.toHaveTextContent('S3cret!pass');
    expect(reveals(calls)).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(screen.getByTestId('copy-notice')).toHaveTextContent('clears in 20 s');
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(write.mock.calls).toEqual([['S3cret!pass'], ['']]);
    expect(screen.getByTestId('copy-notice')).toHaveTextContent('Clipboard cleared.');
  });

  it('leaves the clipboard alone when something else was copied meanwhile', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Copy password' }));
    await screen.findByText('Password copied — clears in 30 s.');
    await navigator.clipboard.writeText('something else');

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(await navigator.clipboard.readText()).toBe('something else');
    expect(screen.getByTestId('copy-notice')).toHaveTextContent('The clipboard holds something else now');
  });

  it('retries through the re-auth prompt when the API asks for a fresh re-authentication', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const prompt = vi.fn(() => Promise.resolve(true));
    configureReauth(prompt);
    let first = true;
    const { calls } = mockFetch(() => {
      if (first) {
        first = false;
        return problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Re-authentication required.' });
      }
      return json({ field: 'otpSeed', value: 'JBSWY3DPEHPK3PXP' });
    });
    renderRoute(<SecretField orgId={orgId} credentialId={router.id} field="otpSeed" canReveal />);

    await user.click(screen.getByRole('button', { name: 'Reveal TOTP seed' }));
    expect(await screen.findByText('JBSWY3DPEHPK3PXP')).toBeInTheDocument();
    expect(prompt).toHaveBeenCalledExactlyOnceWith('reveal this TOTP seed');
    expect(calls).toHaveLength(2);
  });

  it('says so when re-authentication is cancelled', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    configureReauth(() => Promise.resolve(false));
    mockFetch(() => problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Re-authentication required.' }));
    renderRoute(<SecretField orgId={orgId} credentialId={router.id} field="password" canReveal />);

    await user.click(screen.getByRole('button', { name: 'Reveal password' }));
    expect(await screen.findByText('Not shown: your password was not confirmed.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Password' })).toHaveTextContent('••••••••');
  });

  it('asks to confirm "to copy this password" and copies after the re-authentication', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const prompt = vi.fn(() => Promise.resolve(true));
    configureReauth(prompt);
    let first = true;
    mockFetch(() => {
      if (first) {
        first = false;
        return problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Re-authentication required.' });
      }
      return json({ field: 'password', value: 'After-reauth-1' });
    });
    renderRoute(<SecretField orgId={orgId} credentialId={router.id} field="password" canReveal />);

    await user.click(screen.getByRole('button', { name: 'Copy password' }));
    expect(await screen.findByText('Password copied — clears in 30 s.')).toBeInTheDocument();
    expect(prompt).toHaveBeenCalledExactlyOnceWith('copy this password');
    expect(await navigator.clipboard.readText()).toBe('After-reauth-1');
  });

  it('offers no reveal or copy without vault.reveal', () => {
    setup('password', false);
    expect(screen.getByRole('group', { name: 'Password' })).toHaveTextContent('••••••••');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
