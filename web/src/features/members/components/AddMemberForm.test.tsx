import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { orgId, roles } from '../testData';
import { AddMemberForm } from './AddMemberForm';

afterEach(() => vi.unstubAllGlobals());

function setup(answer: () => Response) {
  const onAdded = vi.fn();
  const fetch = mockFetch((r) => (r.method === 'POST' ? answer() : json({ items: roles, nextCursor: null })));
  renderRoute(<AddMemberForm orgId={orgId} onAdded={onAdded} />);
  return { ...fetch, onAdded };
}

describe('AddMemberForm', () => {
  it('sends the email and the ticked roles', async () => {
    const { calls, onAdded } = setup(() => json({ userId: 'u2', email: 'new@example.test' }, 201));

    await userEvent.type(screen.getByLabelText('Email'), ' new@example.test ');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Viewer' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Night shift' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));

    await vi.waitFor(() => expect(onAdded).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/orgs/${orgId}/members`);
    expect(await post.json()).toEqual({ email: 'new@example.test', roleIds: ['role-viewer', 'role-night'] });
  });

  it('shows the API field errors under the fields', async () => {
    setup(() =>
      problem(400, {
        title: 'Validation failed.',
        errors: { Email: ['No active user has this email.'], roleIds: ['Pick at least one role.'] },
      }),
    );

    await userEvent.type(screen.getByLabelText('Email'), 'ghost@example.test');
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));

    expect(await screen.findByText('No active user has this email.')).toHaveAttribute('id', 'add-member-email-error');
    expect(screen.getByLabelText('Email')).toHaveClass('is-invalid');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/No active user has this email\./);
    expect(screen.getByText('Pick at least one role.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows "already a member" (409) under the email and a 403 as an alert with the detail', async () => {
    let answer = problem(409, { title: 'Conflict', errors: { email: ['This user is already a member.'] } });
    setup(() => answer);

    await userEvent.type(screen.getByLabelText('Email'), 'owner@example.test');
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect(await screen.findByText('This user is already a member.')).toBeInTheDocument();

    answer = problem(403, {
      type: 'https://clientstor.dev/problems/missing-permission',
      title: 'Forbidden',
      detail: 'You cannot grant permissions you do not hold: assets.write.',
      permission: 'assets.write',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot grant permissions you do not hold: assets.write.');
  });
});
