import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { ChangePasswordForm } from './ChangePasswordForm';

afterEach(() => vi.unstubAllGlobals());

const me = {
  id: 'u-ann',
  email: 'ann@example.test',
  displayName: 'Ann Smith',
  isGlobalAdmin: false,
  memberships: [{ orgId: 'o-1', orgName: 'Acme Dental', roles: ['Owner'], permissions: ['org.read'] }],
};

/** The API: /me answers `me`, everything else `answer`. */
function api(answer: (r: Request) => Response = () => new Response(null, { status: 204 })) {
  return mockFetch(withMe(me, answer));
}

const writes = (calls: Request[]) => calls.filter((c) => c.method !== 'GET');

async function fill(current: string, next: string, confirm: string) {
  await userEvent.type(screen.getByLabelText('Current password'), current);
  await userEvent.type(screen.getByLabelText('New password'), next);
  await userEvent.type(screen.getByLabelText('Confirm new password'), confirm);
  await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  it('checks that the new passwords match before calling the API', async () => {
    const { calls } = api();
    renderRoute(<ChangePasswordForm />);

    await fill('old-password-1', 'correct horse battery', 'correct horse batteyr');
    expect(screen.getByText('The new passwords do not match.')).toBeInTheDocument();
    expect(screen.getByLabelText('Confirm new password')).toHaveClass('is-invalid');
    expect(writes(calls)).toHaveLength(0);

    // Editing the confirmation clears the message.
    await userEvent.clear(screen.getByLabelText('Confirm new password'));
    expect(screen.queryByText('The new passwords do not match.')).not.toBeInTheDocument();
  });

  it('posts current and new password, then says so and empties the form', async () => {
    const { calls } = api();
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
    api(() =>
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
    api(() => problem(429, { title: 'Too many requests.', detail: 'Try again in a minute.' }));
    renderRoute(<ChangePasswordForm />);
    await fill('old-password-1', 'correct horse battery', 'correct horse battery');
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in a minute.');
  });

  it('rates the new password as it is typed, with the user’s own email counted as guessable, and leaves the verdict to the API', { timeout: 15_000 }, async () => {
    const zxcvbnMessage = 'There should not be any personal or page related data. Add more words that are less common.';
    const { calls } = api(() => problem(400, { title: 'Validation failed.', errors: { newPassword: [zxcvbnMessage] } }));
    renderRoute(<ChangePasswordForm />);

    const next = screen.getByLabelText('New password');
    await userEvent.type(next, 'ann@example.test1');
    // Their own email makes it guessable (zxcvbn alone would call it very strong), as the API will say.
    const meter = await screen.findByRole('meter', { name: 'Password strength' });
    await vi.waitFor(() => expect(meter).toHaveAttribute('aria-valuenow', '1'), { timeout: 5000 });
    expect(screen.getByText('There should not be any personal or page related data.')).toBeInTheDocument();
    expect(screen.getByText(/not strong enough yet/)).toBeInTheDocument();
    expect(next).toHaveAccessibleDescription(expect.stringContaining('Password strength') as string);

    // Weak or not, the form submits: the API decides, and its message shows under the field.
    await userEvent.type(screen.getByLabelText('Current password'), 'old-password-1');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'ann@example.test1');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText(zxcvbnMessage)).toBeInTheDocument();
    expect(next).toHaveClass('is-invalid');
    expect(writes(calls)).toHaveLength(1);

    await userEvent.clear(next);
    await userEvent.type(next, 'violet-kettle-orbit-9');
    await screen.findByText('Very strong', undefined, { timeout: 5000 });
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuenow', '4');
    expect(screen.getByText(/strong enough/)).toBeInTheDocument();
  });
});
