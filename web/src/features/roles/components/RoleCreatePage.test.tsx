import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { catalog, customRole, orgId, roleManagerMe } from '../testData';
import { RoleCreatePage } from './RoleCreatePage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/roles/new', route: `/orgs/${orgId}/roles/new` };

describe('RoleCreatePage', () => {
  it('sends the name, description and the permissions picked', async () => {
    const { calls } = mockFetch(
      withMe(roleManagerMe, (r) => (r.method === 'POST' ? json(customRole, 201) : json(catalog))),
    );
    renderRoute(<RoleCreatePage />, route);

    await userEvent.type(await screen.findByLabelText('Name'), '  Night shift ');
    await userEvent.type(screen.getByLabelText('Description'), 'Reads at night');
    await userEvent.click(await screen.findByRole('checkbox', { name: /assets\.read/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /org\.read/ }));
    expect(screen.getByRole('checkbox', { name: /assets\.write/ })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Create role' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/orgs/${orgId}/roles`);
    expect(await post.json()).toEqual({ name: 'Night shift', description: 'Reads at night', permissions: ['assets.read', 'org.read'] });
  });

  it('shows a duplicate name under the field and a 403 in the alert', async () => {
    let answer = problem(409, { title: 'Conflict', detail: 'A role with this name exists.', errors: { name: ['A role named “Owner” already exists.'] } });
    mockFetch(withMe(roleManagerMe, (r) => (r.method === 'POST' ? answer : json(catalog))));
    renderRoute(<RoleCreatePage />, route);

    await userEvent.type(await screen.findByLabelText('Name'), 'Owner');
    await userEvent.click(screen.getByRole('button', { name: 'Create role' }));
    expect(await screen.findByText('A role named “Owner” already exists.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveClass('is-invalid');

    answer = problem(403, {
      type: 'https://clientstor.dev/problems/missing-permission',
      title: 'Forbidden',
      detail: 'You cannot grant assets.write.',
      permission: 'roles.manage',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Create role' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot grant assets.write.');
  });
});
