import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { ipamAdminMe, ipamReaderMe, orgId, subnets, subnetServers, vlans } from '../testData';
import { IpamPage } from './IpamPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/ipam', route: `/orgs/${orgId}/ipam` };
const path = (r: Request) => new URL(r.url).pathname;
const listCalls = (calls: Request[]) =>
  calls.filter((c) => c.method === 'GET' && path(c).endsWith('/subnets')).map((c) => Object.fromEntries(new URL(c.url).searchParams));

function api(me: unknown, onWrite: (r: Request) => Response | Promise<Response> = () => json({})) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      if (path(r).endsWith('/vlans')) return json(vlans);
      return json({ items: subnets, nextCursor: null });
    }),
  );
}

describe('IpamPage', () => {
  it('shows subnets as a tree with VLAN, utilisation and counts', async () => {
    api(ipamAdminMe);
    renderRoute(<IpamPage />, route);

    const table = await screen.findByRole('table', { name: 'Subnets' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual([
      '10.0.0.0/16',
      '└10.0.1.0/24 inside 10.0.0.0/16',
      '└10.0.1.0/28 inside 10.0.1.0/24',
      '2001:db8::/64',
    ]);
    // Children are indented one step per level.
    expect(within(rows[0]).getAllByRole('cell')[0]).toHaveStyle({ paddingLeft: '0.5rem' });
    expect(within(rows[2]).getAllByRole('cell')[0]).toHaveStyle({ paddingLeft: '3.5rem' });

    const servers = rows[1];
    expect(within(servers).getByRole('link', { name: '10.0.1.0/24' })).toHaveAttribute('href', `/orgs/${orgId}/ipam/subnets/s-servers`);
    const cells = within(servers).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('Servers');
    await vi.waitFor(() => expect(cells[2]).toHaveTextContent('10 · Servers'));
    expect(within(servers).getByRole('progressbar', { name: 'Utilisation of 10.0.1.0/24' })).toHaveClass('bg-success');
    expect(servers).toHaveTextContent('2 / 254');
    expect(within(rows[2]).getByRole('progressbar')).toHaveClass('bg-warning');
    expect(rows[3]).toHaveTextContent('0 / 2^64');

    expect(screen.getByRole('navigation', { name: 'Organisation sections' })).toContainElement(screen.getByRole('link', { name: 'IPAM' }));
    expect(screen.getByRole('button', { name: 'New subnet' })).toBeInTheDocument();
  });

  it('searches with q after typing pauses, and filters by family and VLAN', async () => {
    const { calls } = api(ipamAdminMe);
    renderRoute(<IpamPage />, route);
    await screen.findByRole('table', { name: 'Subnets' });

    await userEvent.type(screen.getByLabelText('Search subnets'), '10.0.1.7');
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '200', q: '10.0.1.7' }));

    await userEvent.selectOptions(screen.getByLabelText('Address family'), 'IPv6 only');
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '200', q: '10.0.1.7', family: '6' }));

    const nav = screen.getByRole('navigation', { name: 'VLANs' });
    await userEvent.click(await within(nav).findByRole('button', { name: /20\s*Guests/ }));
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '200', q: '10.0.1.7', family: '6', vlanId: 'v-20' }));
    expect(within(nav).getByRole('button', { name: /20\s*Guests/ })).toHaveAttribute('aria-current', 'true');
  });

  it('shows the empty state and a retryable error', async () => {
    let fail = true;
    mockFetch(withMe(ipamAdminMe, (r) => (path(r).endsWith('/vlans') ? json([]) : fail ? problem(500, { title: 'Boom' }) : json({ items: [], nextCursor: null }))));
    renderRoute(<IpamPage />, route);

    expect(await screen.findByText(/Could not load subnets: Boom/)).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/No subnets yet/)).toBeInTheDocument();
    expect(screen.getByText('No VLANs yet.')).toBeInTheDocument();
  });

  it('creates a subnet, showing a non-canonical network as a field error first', async () => {
    let attempt = 0;
    const { calls } = api(ipamAdminMe, () =>
      ++attempt === 1
        ? problem(400, {
            title: 'One or more fields are invalid.',
            errors: { network: ["'10.0.1.1/24' is not a network in CIDR notation with host bits zero (e.g. 10.0.1.0/24 or 2001:db8::/48)."] },
          })
        : json(subnetServers, 201),
    );
    renderRoute(<IpamPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New subnet' }));
    const form = screen.getByRole('form', { name: 'New subnet' });
    await userEvent.type(within(form).getByLabelText('Network'), '10.0.1.1/24');
    await userEvent.type(within(form).getByLabelText('Name'), ' Servers ');
    await userEvent.selectOptions(await within(form).findByLabelText('VLAN'), '10 · Servers');
    await userEvent.click(within(form).getByRole('button', { name: 'Create subnet' }));

    const network = within(form).getByLabelText('Network');
    await vi.waitFor(() => expect(network).toHaveClass('is-invalid'));
    expect(network).toHaveAccessibleDescription(/is not a network in CIDR notation with host bits zero/);

    await userEvent.clear(network);
    await userEvent.type(network, '10.0.1.0/24');
    await userEvent.click(within(form).getByRole('button', { name: 'Create subnet' }));
    expect(await screen.findByText('Subnet 10.0.1.0/24 created.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New subnet' })).not.toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(path(posts[1])).toBe(`/api/v1/orgs/${orgId}/subnets`);
    expect(await posts[1].json()).toEqual({ network: '10.0.1.0/24', name: 'Servers', vlanId: 'v-10' });
  });

  it('creates a VLAN and shows a duplicate id next to the field', async () => {
    const { calls } = api(ipamAdminMe, () =>
      problem(409, { title: 'Conflict.', detail: 'VLAN 10 already exists in this organisation.', errors: { vid: ['VLAN 10 already exists in this organisation.'] } }),
    );
    renderRoute(<IpamPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New VLAN' }));
    const form = screen.getByRole('form', { name: 'New VLAN' });
    await userEvent.type(within(form).getByLabelText('VLAN id'), '10');
    await userEvent.type(within(form).getByLabelText('VLAN name'), 'Servers again');
    await userEvent.click(within(form).getByRole('button', { name: 'Create VLAN' }));

    expect(await within(form).findByText('VLAN 10 already exists in this organisation.')).toBeInTheDocument();
    expect(within(form).getByLabelText('VLAN id')).toHaveClass('is-invalid');
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({ vid: 10, name: 'Servers again' });
  });

  it('refuses a VLAN id that is not a whole number from 1 to 4094 before sending anything', async () => {
    const { calls } = api(ipamAdminMe, () => json({ id: 'v-30', vid: 30, name: 'Voice', description: null, etag: '"v30"' }, 201));
    renderRoute(<IpamPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New VLAN' }));
    const form = screen.getByRole('form', { name: 'New VLAN' });
    const vid = within(form).getByLabelText('VLAN id');
    await userEvent.type(vid, 'ten');
    await userEvent.type(within(form).getByLabelText('VLAN name'), 'Voice');
    await userEvent.click(within(form).getByRole('button', { name: 'Create VLAN' }));
    expect(within(form).getByText('VLAN id must be a whole number from 1 to 4094')).toBeInTheDocument();
    expect(vid).toHaveClass('is-invalid');
    expect(vid).toHaveAccessibleDescription('VLAN id must be a whole number from 1 to 4094');

    await userEvent.clear(vid);
    await userEvent.type(vid, '4095');
    await userEvent.click(within(form).getByRole('button', { name: 'Create VLAN' }));
    expect(within(form).getByText('VLAN id must be a whole number from 1 to 4094')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.clear(vid);
    await userEvent.type(vid, '30');
    expect(vid).not.toHaveClass('is-invalid');
    await userEvent.click(within(form).getByRole('button', { name: 'Create VLAN' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({ vid: 30, name: 'Voice' });
  });

  it('hides writing actions without ipam.write', async () => {
    api(ipamReaderMe);
    renderRoute(<IpamPage />, route);

    await screen.findByRole('table', { name: 'Subnets' });
    await screen.findByRole('button', { name: /10\s*Servers/ });
    expect(screen.queryByRole('button', { name: 'New subnet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New VLAN' })).not.toBeInTheDocument();
  });
});
