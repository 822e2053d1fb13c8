import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { orgId, rackA, rackAdminMe, rackB, rackReaderMe } from '../testData';
import { RacksPage } from './RacksPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/racks', route: `/orgs/${orgId}/racks` };
const path = (r: Request) => new URL(r.url).pathname;
const headOffice = { id: 'l-hq', kind: 'site', parentId: null, name: 'Head office', address: null, notes: null, createdAt: '', updatedAt: '' };

function api(me: unknown, racks = [rackA, rackB], onWrite: (r: Request) => Response = () => json({})) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      if (path(r).endsWith('/locations')) return json({ items: [headOffice], nextCursor: null });
      const params = new URL(r.url).searchParams;
      const locationId = params.get('locationId');
      const q = params.get('q')?.toLowerCase() ?? '';
      const matches = racks.filter((x) => (!locationId || x.locationId === locationId) && x.name.toLowerCase().includes(q));
      return json({ items: matches, nextCursor: null });
    }),
  );
}

describe('RacksPage', () => {
  it('lists racks with their location and used units, and searches by name (q) and filters by location on the server', async () => {
    const { calls } = api(rackAdminMe);
    renderRoute(<RacksPage />, route);

    const table = await screen.findByRole('table', { name: 'Racks' });
    const row = within(table).getByRole('row', { name: /Rack A/ });
    expect(within(row).getByRole('link', { name: 'Rack A' })).toHaveAttribute('href', `/orgs/${orgId}/racks/r-a`);
    expect(await within(row).findByText('Head office')).toBeInTheDocument();
    expect(row).toHaveTextContent('6 U');
    expect(row).toHaveTextContent('3 / 6 U');
    expect(within(row).getByRole('progressbar', { name: '3 of 6 U used' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Rack B/ })).toHaveTextContent('0 / 42 U');
    expect(within(screen.getByRole('navigation', { name: 'Organisation sections' })).getByRole('link', { name: 'Racks' })).toHaveAttribute('aria-current', 'page');
    expect(within(screen.getByRole('navigation', { name: 'Racks sections' })).getByRole('link', { name: 'Patch panels' })).toHaveAttribute('href', `/orgs/${orgId}/racks/panels`);

    await userEvent.type(screen.getByLabelText('Search racks'), 'zzz');
    expect(await screen.findByText('No racks match your filters.')).toBeInTheDocument();
    expect(calls.some((c) => path(c).endsWith('/racks') && new URL(c.url).searchParams.get('q') === 'zzz')).toBe(true);
    await userEvent.clear(screen.getByLabelText('Search racks'));
    expect(await screen.findByRole('row', { name: /Rack B/ })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Filter by location'), 'l-hq');
    await vi.waitFor(() => expect(within(table).queryByRole('row', { name: /Rack B/ })).not.toBeInTheDocument());
    expect(calls.some((c) => path(c).endsWith('/racks') && new URL(c.url).searchParams.get('locationId') === 'l-hq')).toBe(true);
  });

  it('creates a rack (42U unless changed) and opens it; field errors land next to their field', async () => {
    let answer = problem(400, { title: 'One or more fields are invalid.', errors: { name: ['Name is required.'] } });
    const { calls } = api(rackAdminMe, [], () => answer);
    renderRoute(<RacksPage />, route);

    expect(await screen.findByText('This organisation has no racks yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New rack' }));
    const form = screen.getByRole('form', { name: 'New rack' });
    expect(within(form).getByLabelText('Height (U)')).toHaveValue(42);
    await userEvent.click(within(form).getByRole('button', { name: 'Create rack' }));
    expect(await within(form).findByText('Name is required.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Rack name')).toHaveClass('is-invalid');

    answer = json({ ...rackB, id: 'r-new', name: 'Comms', heightU: 12 }, 201);
    await userEvent.type(within(form).getByLabelText('Rack name'), ' Comms ');
    await userEvent.clear(within(form).getByLabelText('Height (U)'));
    await userEvent.type(within(form).getByLabelText('Height (U)'), '12');
    await within(form).findByRole('option', { name: 'Head office' });
    await userEvent.selectOptions(within(form).getByLabelText('Location'), 'l-hq');
    await userEvent.click(within(form).getByRole('button', { name: 'Create rack' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(path(posts[1])).toBe(`/api/v1/orgs/${orgId}/racks`);
    expect(await posts[1].json()).toEqual({ name: 'Comms', heightU: 12, locationId: 'l-hq' });
  });

  it('pages with the server cursor', async () => {
    const { calls } = mockFetch(
      withMe(rackReaderMe, (r) => {
        if (path(r).endsWith('/locations')) return json({ items: [], nextCursor: null });
        return json(new URL(r.url).searchParams.get('cursor') === 'after-a' ? { items: [rackB], nextCursor: null } : { items: [rackA], nextCursor: 'after-a' });
      }),
    );
    renderRoute(<RacksPage />, route);

    expect(await screen.findByRole('row', { name: /Rack A/ })).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Pages' });
    await userEvent.click(within(pager).getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('row', { name: /Rack B/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Rack A/ })).not.toBeInTheDocument();
    expect(pager).toHaveTextContent('Page 2');
    expect(new URL(calls.filter((c) => path(c).endsWith('/racks')).at(-1)!.url).searchParams.get('limit')).toBe('50');
    await userEvent.click(within(pager).getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('row', { name: /Rack A/ })).toBeInTheDocument();
  });

  it('hides creation without assets.write and shows a retryable error', async () => {
    let fail = true;
    mockFetch(
      withMe(rackReaderMe, (r) =>
        path(r).endsWith('/locations') ? json({ items: [], nextCursor: null }) : fail ? problem(500, { title: 'Boom' }) : json({ items: [rackA], nextCursor: null }),
      ),
    );
    renderRoute(<RacksPage />, route);

    expect(await screen.findByText(/Could not load racks: Boom/)).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('row', { name: /Rack A/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New rack' })).not.toBeInTheDocument();
  });
});
