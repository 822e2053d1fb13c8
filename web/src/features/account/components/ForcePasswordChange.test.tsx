import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, renderRoute } from '../../../test/render';
import { ForcePasswordChange } from './ForcePasswordChange';

afterEach(() => vi.unstubAllGlobals());

describe('ForcePasswordChange', () => {
  it('explains the reset and calls onDone once the new password is accepted', async () => {
    const { calls } = mockFetch(() => new Response(null, { status: 204 }));
    const onDone = vi.fn();
    renderRoute(<ForcePasswordChange onDone={onDone} email="ann@example.test" />);

    expect(screen.getByRole('heading', { name: 'Your administrator reset your password — choose a new one' })).toBeInTheDocument();
    expect(screen.getByText('ann@example.test')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Current password'), 'Temporary-Pass-1');
    await userEvent.type(screen.getByLabelText('New password'), 'my own long secret');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'my own long secret');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.method === 'POST').map((c) => new URL(c.url).pathname)).toEqual(['/api/v1/me/password']);
  });
});
