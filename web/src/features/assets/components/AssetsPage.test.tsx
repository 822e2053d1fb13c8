import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { columnsStorageKey } from '../columns';
import { assetAdminMe, assetReaderMe, coreSwitch, lobbyCamera, lookups, orgId } from '../testData';
import { AssetsPage } from './AssetsPage';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const route = { path: '/orgs/:orgId/assets', route: `/orgs/${orgId}/assets` };
const path = (r: Request) => new URL(r.url).pathname;
const listCalls = (calls: Request[]) =>
  calls.filter((c) => c.method === 'GET' && path(c).endsWith('/assets')).map((c) => Object.fromEntries(new URL(c.url).searchParams));

/** Shows the router's query string, so tests can see the filters in the URL. */
function UrlProbe() {
  return <output data-testid="url">{useLocation().search}</output>;
}
const urlParams = () => Object.fromEntries(new URLSearchParams(screen.getByTestId('url').textContent ?? ''));

function api(me: unknown) {
  return mockFetch(
    withMe(me, (r) => {
      const lookup = lookups(r);
      if (lookup) return lookup;
      const cursor = new URL(r.url).searchParams.get('cursor');
      return json(cursor ? { items: [lobbyCamera], nextCursor: null } : { items: [coreSwitch], nextCursor: 'c2' });
    }),
  );
}

function renderPage(url = route.route) {
  return renderRoute(
    <>
      <AssetsPage />
      <UrlProbe />
    </>,
    { ...route, route: url },
  );
}

describe('AssetsPage', () => {
  it('lists assets with their type, status, location and warranty, and pages with the cursor', async () => {
    const { calls } = api(assetAdminMe);
    renderPage();

    const table = await screen.findByRole('table', { name: 'Assets' });
    const row = within(table).getByRole('row', { name: /Core switch/ });
    expect(within(row).getByRole('link', { name: 'Core switch' })).toHaveAttribute('href', `/orgs/${orgId}/assets/a-switch`);
    expect(within(row).getByText('Switch')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('SN-0001')).toBeInTheDocument();
    expect(await within(row).findByText('Head office › Rack room')).toBeInTheDocument();
    expect(within(row).getByText(/\(expired\)/)).toBeInTheDocument();
    // Optional columns left out by default.
    expect(within(table).queryByRole('columnheader', { name: 'Manufacturer' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const row2 = await within(table).findByRole('row', { name: /Lobby camera/ });
    expect(await within(row2).findByText('CCTV camera')).toBeInTheDocument();
    expect(within(row2).getByText('Spare')).toBeInTheDocument();
    expect(listCalls(calls)).toEqual([{ limit: '50' }, { limit: '50', cursor: 'c2' }]);
    expect(screen.getByRole('link', { name: 'New asset' })).toHaveAttribute('href', `/orgs/${orgId}/assets/new`);
    expect(screen.getByRole('navigation', { name: 'Organisation sections' })).toContainElement(screen.getByRole('link', { name: 'Assets' }));
  });

  it('keeps search, type (custom types too), status, location, tag, warranty and sort in the URL and the query', async () => {
    const { calls } = api(assetAdminMe);
    renderPage();
    await screen.findByRole('table', { name: 'Assets' });

    await userEvent.type(screen.getByLabelText('Search assets'), 'cam');
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '50', q: 'cam' }));
    expect(urlParams()).toEqual({ q: 'cam' });

    expect(await screen.findByRole('option', { name: 'CCTV camera' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'cctv-camera');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'spare');
    await userEvent.selectOptions(screen.getByLabelText('Location'), 'l-rack');
    await userEvent.type(screen.getByLabelText('Tag'), 'core');
    fireEvent.change(screen.getByLabelText('Warranty ends before'), { target: { value: '2027-01-01' } });
    await userEvent.selectOptions(screen.getByLabelText('Sort by'), '-updatedAt');

    const expected = { q: 'cam', type: 'cctv-camera', status: 'spare', locationId: 'l-rack', tag: 'core', warrantyBefore: '2027-01-01', sort: '-updatedAt' };
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '50', ...expected }));
    expect(urlParams()).toEqual({ q: 'cam', type: 'cctv-camera', status: 'spare', location: 'l-rack', tag: 'core', warrantyBefore: '2027-01-01', sort: '-updatedAt' });
    expect(screen.getByRole('link', { name: 'New asset' })).toHaveAttribute('href', `/orgs/${orgId}/assets/new?type=cctv-camera&location=l-rack`);

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await vi.waitFor(() => expect(urlParams()).toEqual({ sort: '-updatedAt' }));
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '50', sort: '-updatedAt' }));
  });

  it('reads the filters from the URL it is opened with', async () => {
    const { calls } = api(assetAdminMe);
    renderPage(`${route.route}?type=switch&status=active&location=l-hq&tag=core&warrantyBefore=2026-12-31&q=core`);

    await screen.findByRole('table', { name: 'Assets' });
    expect(listCalls(calls)[0]).toEqual({ limit: '50', q: 'core', type: 'switch', status: 'active', locationId: 'l-hq', tag: 'core', warrantyBefore: '2026-12-31' });
    expect(screen.getByLabelText('Search assets')).toHaveValue('core');
    expect(screen.getByLabelText('Tag')).toHaveValue('core');
    expect(screen.getByLabelText('Status')).toHaveValue('active');
    expect(screen.getByLabelText('Warranty ends before')).toHaveValue('2026-12-31');
  });

  it('exports the assets matching the current filters as CSV', async () => {
    const { calls } = api(assetReaderMe);
    URL.createObjectURL = vi.fn(() => 'blob:assets-1');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage(`${route.route}?type=switch&status=active&location=l-hq&tag=core&warrantyBefore=2026-12-31&q=core&sort=-updatedAt`);

    await screen.findByRole('table', { name: 'Assets' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    await vi.waitFor(() => expect(click).toHaveBeenCalledOnce());
    const exported = calls.find((c) => path(c).endsWith('/assets/export.csv'))!;
    expect(Object.fromEntries(new URL(exported.url).searchParams)).toEqual({
      q: 'core',
      type: 'switch',
      status: 'active',
      locationId: 'l-hq',
      tag: 'core',
      warrantyBefore: '2026-12-31',
    });
    click.mockRestore();
  });

  it('remembers the chosen columns per organisation in localStorage', async () => {
    api(assetAdminMe);
    const first = renderPage();
    const table = await screen.findByRole('table', { name: 'Assets' });

    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const chooser = screen.getByRole('group', { name: 'Show columns' });
    expect(within(chooser).getByLabelText('Serial')).toBeChecked();
    await userEvent.click(within(chooser).getByLabelText('Serial'));
    await userEvent.click(within(chooser).getByLabelText('MAC addresses'));
    await userEvent.click(within(chooser).getByLabelText('Assigned to'));

    expect(within(table).queryByRole('columnheader', { name: 'Serial' })).not.toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'MAC addresses' })).toBeInTheDocument();
    expect(await within(table).findByText('Alice Admin')).toBeInTheDocument();
    expect(within(table).getByText('aa:bb:cc:dd:ee:01')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(columnsStorageKey(orgId))!)).toEqual(['model', 'ip', 'hostname', 'location', 'contact', 'warranty', 'macs', 'updated']);

    first.unmount();
    renderPage();
    const again = await screen.findByRole('table', { name: 'Assets' });
    expect(within(again).getByRole('columnheader', { name: 'MAC addresses' })).toBeInTheDocument();
    expect(within(again).queryByRole('columnheader', { name: 'Serial' })).not.toBeInTheDocument();
    // Another organisation keeps the defaults.
    expect(localStorage.getItem(columnsStorageKey('other-org'))).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reset to default' }));
    expect(within(again).getByRole('columnheader', { name: 'Serial' })).toBeInTheDocument();
  });

  it('filters by a tag clicked in the table', async () => {
    const { calls } = api(assetAdminMe);
    localStorage.setItem(columnsStorageKey(orgId), JSON.stringify(['tags']));
    renderPage();

    await userEvent.click(await screen.findByRole('button', { name: 'Filter by tag network' }));
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '50', tag: 'network' }));
    expect(screen.getByLabelText('Tag')).toHaveValue('network');
  });

  it('shows the empty state, a filtered empty state and a retryable error', async () => {
    let fail = true;
    mockFetch(withMe(assetReaderMe, (r) => lookups(r) ?? (fail ? problem(500, { title: 'Boom' }) : json({ items: [], nextCursor: null }))));
    renderPage();

    expect(await screen.findByText(/Could not load assets: Boom/)).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('This organisation has no assets yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New asset' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'retired');
    expect(await screen.findByText('No assets match your filters.')).toBeInTheDocument();
  });
});
