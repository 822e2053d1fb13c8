import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderRoute } from '../../../test/render';
import { enrolment, recoveryCodes } from '../testData';
import { ForceMfaEnrolment } from './ForceMfaEnrolment';

afterEach(() => vi.unstubAllGlobals());

describe('ForceMfaEnrolment', () => {
  it('explains the requirement and calls onDone once the recovery codes are saved', async () => {
    mockFetch((request) => (new URL(request.url).pathname === '/api/v1/me/mfa/totp' ? json(enrolment) : json({ recoveryCodes })));
    const onDone = vi.fn();
    const onSignOut = vi.fn();
    renderRoute(<ForceMfaEnrolment onDone={onDone} onSignOut={onSignOut} email="ann@example.test" />);

    expect(screen.getByRole('heading', { name: 'Set up two-factor authentication to continue' })).toBeInTheDocument();
    expect(screen.getByText('ann@example.test')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Set up authenticator app' }));
    await userEvent.type(await screen.findByLabelText('Authentication code'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await userEvent.click(await screen.findByRole('button', { name: 'I have saved these' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });
});
