import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, memberMe, mockFetch, pathOf as path, problem, queryOf as query, renderRoute, withMe } from '../../../test/render';
import type { Location } from '../types';
import { LocationsPage } from './LocationsPage';

afterEach(() => vi.unstubAllGlobals());

const orgId = '0190f0a0-0000-7000-8000-000000000001';
const adminMe = memberMe(orgId, ['org.read', 'assets.read', 'assets.write']);
const readerMe = memberMe(orgId, ['org.read', 'assets.read']);
const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', etag: '"1"' };
const headOffice: Location = { id: 'l-hq', kind: 'site', parentId: null, name: 'Head office', address: '1 Main St', notes: null, ...stamp };
const rackRoom: Location = { id: 'l-rack', kind: 'closet', parentId: 'l-hq', name: 'Rack room', address: null, notes: null, ...stamp };
const branch: Location = { id: 'l-branch', kind: 'site', parentId: null, name: 'Branch', address: null, notes: null, ...stamp };
const route = { path: '/orgs/:orgId/locations', route: `/orgs/${orgId}/locations` };

function api(me: unknown, onWrite: (r: Request) => Response | Promise<Response> = () => json({}), items: Location[] = [branch, headOffice, rackRoom]) {
  return mockFetch(withMe(me, (r) => (r.method !== 'GET' ? onWrite(r) : json({ items, nextCursor: null }))));
}

describe('LocationsPage', () => {
  it('lists sites and closets with their site, searches and filters by kind', async () => {
    const { calls } = api(readerMe);
    renderRoute(<LocationsPage />, route);

    const table = await screen.findByRole('table', { name: 'Locations' });
    const closet = within(table).getByRole('row', { name: /Rack room/ });
    expect(within(closet).getByText('Closet')).toBeInTheDocument();
    expect(await within(closet).findByText('Head office')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Head office' })).toHaveAttribute('href', `/orgs/${orgId}/assets?location=l-hq`);
    expect(screen.queryByRole('button', { name: 'New location' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Search locations'), 'rack');
    await userEvent.selectOptions(screen.getByLabelText('Kind of location'), 'closet');
    await vi.waitFor(() => expect(query(calls.filter((c) => path(c).endsWith('/locations')).at(-1)!)).toEqual({ limit: '50', q: 'rack', kind: 'closet' }));
    expect(query(calls.at(-1)!)).toEqual({ limit: '50', q: 'rack', kind: 'closet' });
    expect(screen.getByRole('navigation', { name: 'Organisation sections' })).toContainElement(screen.getByRole('link', { name: 'Locations' }));
  });

  it('creates a closet inside a site, edits a location and shows why a used one cannot be deleted', async () => {
    const { calls } = api(adminMe, (r) =>
      r.method === 'POST'
        ? json({ ...rackRoom, id: 'l-new', name: 'Closet B' }, 201)
        : r.method === 'PATCH'
          ? json({ ...headOffice, address: '2 Main St' })
          : problem(409, { title: 'Conflict.', detail: 'The location still has 2 asset(s) and 1 closet(s); move them first.' }),
    );
    renderRoute(<LocationsPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New location' }));
    const form = screen.getByRole('form', { name: 'New location' });
    await userEvent.type(within(form).getByLabelText('Location name'), ' Closet B ');
    expect(within(form).queryByLabelText('Site')).not.toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'closet');
    const sites = within(within(form).getByLabelText('Site')).getAllByRole('option').map((o) => o.textContent);
    expect(sites).toEqual(['Choose the site…', 'Branch', 'Head office']);
    await userEvent.selectOptions(within(form).getByLabelText('Site'), 'l-hq');
    await userEvent.click(within(form).getByRole('button', { name: 'Create location' }));
    expect(await screen.findByText('Location “Closet B” created.')).toBeInTheDocument();
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({ name: 'Closet B', kind: 'closet', parentId: 'l-hq' });

    await userEvent.click(screen.getByRole('button', { name: 'Edit location Head office' }));
    const edit = screen.getByRole('form', { name: 'Edit Head office' });
    expect(within(edit).getByLabelText('Kind')).toBeDisabled();
    await userEvent.clear(within(edit).getByLabelText('Address'));
    await userEvent.type(within(edit).getByLabelText('Address'), '2 Main St');
    await userEvent.click(within(edit).getByRole('button', { name: 'Save location' }));
    expect(await screen.findByText('Location “Head office” saved.')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(path(patch)).toBe(`/api/v1/orgs/${orgId}/locations/l-hq`);
    expect(await patch.json()).toEqual({ address: '2 Main St' });

    await userEvent.click(screen.getByRole('button', { name: 'Delete location Head office' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete location' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete location' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('still has 2 asset(s) and 1 closet(s)');
  });

  it('shows the API error of a closet without a site under the site select', async () => {
    api(adminMe, () =>
      problem(400, { title: 'One or more fields are invalid.', errors: { parentId: ["A network closet belongs to a site: give the site's id as parentId."] } }),
    );
    renderRoute(<LocationsPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New location' }));
    const form = screen.getByRole('form', { name: 'New location' });
    await userEvent.type(within(form).getByLabelText('Location name'), 'Closet C');
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'closet');
    await userEvent.click(within(form).getByRole('button', { name: 'Create location' }));
    expect(await within(form).findByText(/A network closet belongs to a site/)).toHaveAttribute('id', 'location-parent-error');
    expect(within(form).getByLabelText('Site')).toHaveClass('is-invalid');
  });

  it('invites to add the first site when there are none, and leaves the invitation out without assets.write', async () => {
    api(adminMe, () => json({}), []);
    renderRoute(<LocationsPage />, route);
    expect(await screen.findByText('No locations yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add the first site' }));
    expect(screen.getByRole('form', { name: 'New location' })).toBeInTheDocument();
  });

  it('shows no add buttons to a reader', async () => {
    api(readerMe, () => json({}), []);
    renderRoute(<LocationsPage />, route);
    expect(await screen.findByText('No locations yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add the first site|New location/ })).not.toBeInTheDocument();
  });
});
