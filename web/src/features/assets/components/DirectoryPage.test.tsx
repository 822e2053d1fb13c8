import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { alice, assetAdminMe, assetReaderMe, headOffice, locations, orgId, rackRoom } from '../testData';
import { DirectoryPage } from './DirectoryPage';

afterEach(() => vi.unstubAllGlobals());

const route = (section: string) => ({ path: '/orgs/:orgId/assets/directory', route: `/orgs/${orgId}/assets/directory?section=${section}` });
const path = (r: Request) => new URL(r.url).pathname;
const query = (r: Request) => Object.fromEntries(new URL(r.url).searchParams);

function api(me: unknown, onWrite: (r: Request) => Response | Promise<Response> = () => json({})) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      if (path(r).endsWith('/locations')) return json({ items: locations, nextCursor: null });
      if (path(r).endsWith('/contacts')) return json({ items: [alice], nextCursor: null });
      return json([]);
    }),
  );
}

describe('DirectoryPage — locations', () => {
  it('lists sites and closets with their site, searches and filters by kind', async () => {
    const { calls } = api(assetReaderMe);
    renderRoute(<DirectoryPage />, route('locations'));

    const table = await screen.findByRole('table', { name: 'Locations' });
    const closet = within(table).getByRole('row', { name: /Rack room/ });
    expect(within(closet).getByText('Closet')).toBeInTheDocument();
    expect(await within(closet).findByText('Head office')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Head office' })).toHaveAttribute('href', `/orgs/${orgId}/assets?location=l-hq`);
    expect(screen.queryByRole('button', { name: 'New location' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Search locations'), 'rack');
    await userEvent.selectOptions(screen.getByLabelText('Kind of location'), 'closet');
    await vi.waitFor(() => expect(query(calls.filter((c) => path(c).endsWith('/locations')).at(-1)!)).toEqual({ limit: '50', q: 'rack', kind: 'closet' }));
    expect(screen.getByRole('link', { name: 'Locations' })).toHaveAttribute('aria-current', 'page');
  });

  it('creates a closet inside a site, edits a location and shows why a used one cannot be deleted', async () => {
    const { calls } = api(assetAdminMe, (r) =>
      r.method === 'POST'
        ? json({ ...rackRoom, id: 'l-new', name: 'Closet B' }, 201)
        : r.method === 'PATCH'
          ? json({ ...headOffice, address: '2 Main St' })
          : problem(409, { title: 'Conflict.', detail: 'The location still has 2 asset(s) and 1 closet(s); move them first.' }),
    );
    renderRoute(<DirectoryPage />, route('locations'));

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
    api(assetAdminMe, () =>
      problem(400, { title: 'One or more fields are invalid.', errors: { parentId: ["A network closet belongs to a site: give the site's id as parentId."] } }),
    );
    renderRoute(<DirectoryPage />, route('locations'));

    await userEvent.click(await screen.findByRole('button', { name: 'New location' }));
    const form = screen.getByRole('form', { name: 'New location' });
    await userEvent.type(within(form).getByLabelText('Location name'), 'Closet C');
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'closet');
    await userEvent.click(within(form).getByRole('button', { name: 'Create location' }));
    expect(await within(form).findByText(/A network closet belongs to a site/)).toHaveAttribute('id', 'location-parent-error');
    expect(within(form).getByLabelText('Site')).toHaveClass('is-invalid');
  });
});

describe('DirectoryPage — contacts', () => {
  it('lists contacts, creates one with field errors shown, and deletes one', async () => {
    let answer: Response = problem(400, { title: 'One or more fields are invalid.', errors: { email: ['Enter a valid email address.'] } });
    const { calls } = api(assetAdminMe, () => answer);
    renderRoute(<DirectoryPage />, route('contacts'));

    const table = await screen.findByRole('table', { name: 'Contacts' });
    const row = within(table).getByRole('row', { name: /Alice Admin/ });
    expect(within(row).getByRole('link', { name: 'alice@example.test' })).toHaveAttribute('href', 'mailto:alice@example.test');
    expect(within(row).getByText('IT lead')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'New contact' }));
    const form = screen.getByRole('form', { name: 'New contact' });
    await userEvent.type(within(form).getByLabelText('Contact name'), 'Bob');
    await userEvent.type(within(form).getByLabelText('Email'), 'bob@');
    await userEvent.click(within(form).getByRole('button', { name: 'Create contact' }));
    expect(await within(form).findByText('Enter a valid email address.')).toHaveAttribute('id', 'contact-email-error');

    answer = json({ ...alice, id: 'c-bob', name: 'Bob', email: 'bob@example.test' }, 201);
    await userEvent.type(within(form).getByLabelText('Email'), 'example.test');
    await userEvent.type(within(form).getByLabelText('Phone'), '+1 555 0101');
    await userEvent.click(within(form).getByRole('button', { name: 'Create contact' }));
    expect(await screen.findByText('Contact “Bob” created.')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(await posts[1].json()).toEqual({ name: 'Bob', email: 'bob@example.test', phone: '+1 555 0101' });

    answer = new Response(null, { status: 204 });
    await userEvent.click(screen.getByRole('button', { name: 'Delete contact Alice Admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete contact' });
    expect(dialog).toHaveTextContent('Assets assigned to this contact become unassigned.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete contact' }));
    expect(await screen.findByText('Contact “Alice Admin” deleted.')).toBeInTheDocument();
    expect(path(calls.find((c) => c.method === 'DELETE')!)).toBe(`/api/v1/orgs/${orgId}/contacts/c-alice`);
  });
});
