import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, problem, renderRoute } from '../../../test/render';
import { ChangePasswordForm } from './ChangePasswordForm';

afterEach(() => vi.unstubAllGlobals());

async function fill(current: string, next: string, confirm: string) {
  await userEvent.type(screen.getByLabelText('Current password'), current);
  await userEvent.type(screen.getByLabelText('New password'), next);
  await userEvent.type(screen.getByLabelText('Confirm new password'), confirm);
  await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  it('checks that the new passwords match before calling the API', async () => {
    const { calls } = mockFetch(() => new Response(null, { status: 204 }));
    renderRoute(<ChangePasswordForm />);

    await fill('old-password-1', 'correct horse battery', 'correct horse batteyr');
    expect(screen.getByText('The new passwords do not match.')).toBeInTheDocument();
    expect(screen.getByLabelText('Confirm new password')).toHaveClass('is-invalid');
    expect(calls).toHaveLength(0);

    // Editing the confirmation clears the message.
    await userEvent.clear(screen.getByLabelText('Confirm new password'));
    expect(screen.queryByText('The new passwords do not match.')).not.toBeInTheDocument();
  });

  it('posts current and new password, then says so and empties the form', async () => {
    const { calls } = mockFetch(() => new Response(null, { status: 204 }));
    const onChanged = vi.fn();
    renderRoute(<ChangePasswordForm onChanged={onChanged} />);

    await fill('old-password-1', 'correct horse battery', 'correct horse battery');
    expect(await screen.findByText(/Password changed/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/me/password');
    expect(await post.json()).toEqual({ currentPassword: 'old-password-1', newPassword: 'correct horse battery' });
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    expect(screen.getByLabelText('New password')).toHaveValue('');
  });

  it('shows the API field errors under their fields', async () => {
    mockFetch(() =>
      problem(400, {
        title: 'Validation failed.',
        errors: {
          currentPassword: ['Your current password is not correct.'],
          newPassword: ['The password must be at least 12 characters long.'],
        },
      }),
    );
    renderRoute(<ChangePasswordForm />);

    await fill('wrong', 'short', 'short');
    expect(await screen.findByText('Your current password is not correct.')).toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toHaveClass('is-invalid');
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription('Your current password is not correct.');
    expect(screen.getByText('The password must be at least 12 characters long.')).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveClass('is-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows other problems in an alert', async () => {
    mockFetch(() => problem(429, { title: 'Too many requests.', detail: 'Try again in a minute.' }));
    renderRoute(<ChangePasswordForm />);
    await fill('old-password-1', 'correct horse battery', 'correct horse battery');
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in a minute.');
  });
});
