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
  }, 15_000);

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

  it('opens built-in roles read-only but for their re-authentication window', async () => {
    const { calls } = api(ownerRole, () => json({ ...ownerRole, reauthWindowMinutes: 15, etag: '"o2"' }));
    renderRoute(<RoleEditPage />, routeFor(ownerRole.id));

    expect(await screen.findByText(/Built-in roles cannot be renamed/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('readonly');
    expect(await screen.findByRole('checkbox', { name: /org\.read/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();

    const window = screen.getByLabelText('Re-authentication window (minutes)');
    expect(window).not.toHaveAttribute('readonly');
    expect(window).toHaveAccessibleDescription(/shortest window/);
    await userEvent.type(window, '15');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(await calls.find((c) => c.method === 'PATCH')!.json()).toEqual({ reauthWindowMinutes: 15 });
  }, 15_000);

  it('shows the API error for a window out of range on the field, and an emptied window goes back to the default', async () => {
    let attempt = 0;
    const { calls } = api({ ...customRole, reauthWindowMinutes: 10 }, () =>
      ++attempt === 1
        ? problem(400, { title: 'Validation failed.', errors: { reauthWindowMinutes: ['The re-authentication window must be 1 to 30 minutes.'] } })
        : json({ ...customRole, reauthWindowMinutes: null, etag: '"n2"' }),
    );
    renderRoute(<RoleEditPage />, routeFor(customRole.id));

    const window = await screen.findByLabelText('Re-authentication window (minutes)');
    expect(window).toHaveValue(10);
    await userEvent.clear(window);
    await userEvent.type(window, '31');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('The re-authentication window must be 1 to 30 minutes.')).toBeInTheDocument();
    expect(window).toHaveClass('is-invalid');

    await userEvent.clear(window);
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(await patches[0].json()).toEqual({ reauthWindowMinutes: 31 });
    expect(await patches[1].json()).toEqual({ clearReauthWindow: true });
  }, 15_000);
});
