import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { enrolment, recoveryCodes } from '../testData';
import { groupSecret, TotpSetup } from './TotpSetup';

afterEach(() => vi.unstubAllGlobals());

describe('TotpSetup', () => {
  it('shows the QR code and key, confirms the code, then shows the recovery codes once', async () => {
    let attempt = 0;
    const { calls } = mockFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/me/mfa/totp') return json(enrolment);
      if (path === '/api/v1/me/mfa/totp/confirm') {
        return ++attempt === 1
          ? problem(400, { title: 'Validation failed.', errors: { code: ['The code is not correct. Check the time on your phone and enter the current code.'] } })
          : json({ recoveryCodes });
      }
      return json({});
    });
    const onDone = vi.fn();
    renderRoute(<TotpSetup onDone={onDone} />);

    await userEvent.click(screen.getByRole('button', { name: 'Set up authenticator app' }));
    const qr = await screen.findByRole('img', { name: 'QR code for your authenticator app' });
    expect(qr).toHaveAttribute('src', `data:image/png;base64,${enrolment.qrPngBase64}`);
    expect(screen.getByTestId('totp-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(calls[0].method).toBe('POST');
    expect(new URL(calls[0].url).pathname).toBe('/api/v1/me/mfa/totp');

    await userEvent.type(screen.getByLabelText('Authentication code'), '000000');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByText(/The code is not correct/)).toBeInTheDocument();
    expect(screen.getByLabelText('Authentication code')).toHaveClass('is-invalid');

    await userEvent.clear(screen.getByLabelText('Authentication code'));
    await userEvent.type(screen.getByLabelText('Authentication code'), '123 456');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));

    expect(await screen.findByRole('list', { name: 'Recovery codes' })).toHaveTextContent(recoveryCodes[0]);
    expect(screen.queryByRole('img', { name: 'QR code for your authenticator app' })).not.toBeInTheDocument();
    const confirms = calls.filter((c) => new URL(c.url).pathname === '/api/v1/me/mfa/totp/confirm');
    expect(await confirms[1].json()).toEqual({ code: '123456' });
    expect(onDone).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'I have saved these' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('shows a 409 when an authenticator is already set up, and Cancel goes back to the start', async () => {
    let first = true;
    mockFetch(() => {
      if (first) {
        first = false;
        return problem(409, { title: 'Conflict.', detail: 'An authenticator app is already set up. Turn it off first to replace it.' });
      }
      return json(enrolment);
    });
    renderRoute(<TotpSetup onDone={() => {}} />);

    await userEvent.click(screen.getByRole('button', { name: 'Set up authenticator app' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('already set up');

    await userEvent.click(screen.getByRole('button', { name: 'Set up authenticator app' }));
    expect(await screen.findByRole('img', { name: 'QR code for your authenticator app' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Set up authenticator app' })).toBeInTheDocument();
  });
});

describe('groupSecret', () => {
  it('groups the key in fours', () => {
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
    expect(groupSecret('ABCD EFGH')).toBe('ABCD EFGH');
  });
});
