import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { catalog, customRole, orgId, ownerRole, roleManagerMe } from '../testData';
import { RoleEditPage } from './RoleEditPage';

afterEach(() => vi.unstubAllGlobals());

const routeFor = (roleId: string) => ({ path: '/orgs/:orgId/roles/:roleId', route: `/orgs/${orgId}/roles/${roleId}` });

function api(role: typeof customRole, onWrite: (r: Request) => Response) {
  return mockFetch(
    withMe(roleManagerMe, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      return new URL(r.url).pathname === '/api/v1/permissions' ? json(catalog) : json(role);
    }),
  );
}

describe('RoleEditPage', () => {
  it('sends only the changed fields with If-Match', async () => {
    const { calls } = api(customRole, () => json({ ...customRole, name: 'Late shift', permissions: ['assets.read'], etag: '"n2"' }));
    renderRoute(<RoleEditPage />, routeFor(customRole.id));

    const name = await screen.findByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Late shift');
    await userEvent.click(await screen.findByRole('checkbox', { name: /org\.read/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(new URL(patch.url).pathname).toBe(`/api/v1/orgs/${orgId}/roles/${customRole.id}`);
    expect(patch.headers.get('If-Match')).toBe('"n1"');
    expect(await patch.json()).toEqual({ name: 'Late shift', permissions: ['assets.read'] });
  });

  it('explains a 412 with a reload', async () => {
    api(customRole, () => problem(412, { title: 'Precondition failed.' }));
    renderRoute(<RoleEditPage />, routeFor(customRole.id));

    await userEvent.type(await screen.findByLabelText('Description'), ' and weekends');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('changed by someone else');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('shows the 409 when deleting a role still assigned, after confirmation', async () => {
    const { calls } = api(customRole, () =>
      problem(409, { title: 'Conflict', detail: 'The role is assigned to 3 members; change their roles first.' }),
    );
    renderRoute(<RoleEditPage />, routeFor(customRole.id));

    await userEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete role' }));
    expect(await screen.findByText('The role is assigned to 3 members; change their roles first.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'DELETE')!.headers.get('If-Match')).toBe('"n1"');
  });

  it('opens built-in roles read-only', async () => {
    api(ownerRole, () => json({}));
    renderRoute(<RoleEditPage />, routeFor(ownerRole.id));

    expect(await screen.findByText(/Built-in roles cannot be changed/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('readonly');
    expect(await screen.findByRole('checkbox', { name: /org\.read/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
  });
});
