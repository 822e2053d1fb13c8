import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { enrolment, mfaStatus, recoveryCodes } from '../testData';
import type { MfaStatus } from '../types';
import { MfaSettings } from './MfaSettings';

afterEach(() => vi.unstubAllGlobals());

/** Answers GET /me/mfa with `status()`; `other` answers everything else. */
function api(status: () => MfaStatus, other: (request: Request) => Response | Promise<Response> = () => json({})) {
  return mockFetch((request) =>
    request.method === 'GET' && new URL(request.url).pathname === '/api/v1/me/mfa' ? json(status()) : other(request),
  );
}

describe('MfaSettings', () => {
  it('offers the set-up when off, and shows "On" once the codes are saved', async () => {
    let status = mfaStatus();
    api(
      () => status,
      (request) => {
        const path = new URL(request.url).pathname;
        if (path === '/api/v1/me/mfa/totp') return json(enrolment);
        status = mfaStatus({ totpEnabled: true, enabledAt: '2026-11-23T10:00:00Z', recoveryCodesLeft: 10 });
        return json({ recoveryCodes });
      },
    );
    renderRoute(<MfaSettings />);

    expect(await screen.findByTestId('mfa-status')).toHaveTextContent('Off');
    await userEvent.click(screen.getByRole('button', { name: 'Set up authenticator app' }));
    await userEvent.type(await screen.findByLabelText('Authentication code'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    // The status stays put while the codes are on screen.
    expect(await screen.findByRole('list', { name: 'Recovery codes' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'I have saved these' }));
    expect(await screen.findByText('Two-factor authentication is on.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('mfa-status')).toHaveTextContent('On'));
    expect(screen.getByText(/10 recovery codes left/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument();
  });

  it('generates new recovery codes and shows them until saved', async () => {
    const { calls } = api(
      () => mfaStatus({ totpEnabled: true, enabledAt: '2026-11-23T10:00:00Z', recoveryCodesLeft: 3 }),
      () => json({ recoveryCodes }),
    );
    renderRoute(<MfaSettings />);

    expect(await screen.findByText(/3 recovery codes left/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New recovery codes' }));
    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/me/mfa/recovery-codes');

    await userEvent.click(screen.getByRole('button', { name: 'I have saved these' }));
    expect(await screen.findByText(/New recovery codes saved/)).toBeInTheDocument();
  });

  it('turns MFA off with DELETE after confirmation', async () => {
    let status = mfaStatus({ totpEnabled: true, enabledAt: '2026-11-23T10:00:00Z', recoveryCodesLeft: 10 });
    const { calls } = api(
      () => status,
      () => {
        status = mfaStatus();
        return new Response(null, { status: 204 });
      },
    );
    renderRoute(<MfaSettings />);

    await userEvent.click(await screen.findByRole('button', { name: 'Turn off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Turn off two-factor authentication' });
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Turn off' }));

    expect(await screen.findByText(/Two-factor authentication is off/)).toBeInTheDocument();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe('/api/v1/me/mfa/totp');
    await waitFor(() => expect(screen.getByTestId('mfa-status')).toHaveTextContent('Off'));
  });

  it('shows a 409 from turning off inside the dialog', async () => {
    api(
      () => mfaStatus({ totpEnabled: true, recoveryCodesLeft: 10 }),
      () => problem(409, { title: 'Conflict.', detail: 'MFA is required for your account and cannot be turned off.' }),
    );
    renderRoute(<MfaSettings />);

    await userEvent.click(await screen.findByRole('button', { name: 'Turn off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Turn off two-factor authentication' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('cannot be turned off');
  });

  it('has no Turn off when MFA is required', async () => {
    api(() => mfaStatus({ totpEnabled: true, required: true, recoveryCodesLeft: 1 }));
    renderRoute(<MfaSettings />);

    expect(await screen.findByText(/1 recovery code left/)).toBeInTheDocument();
    expect(screen.getByTestId('mfa-status')).toHaveTextContent('Required');
    expect(screen.getByRole('button', { name: 'New recovery codes' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Turn off' })).not.toBeInTheDocument();
  });
});
