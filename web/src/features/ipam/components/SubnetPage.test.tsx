import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import {
  assetDb,
  assetDbDetail,
  assetWeb,
  assetWebDetail,
  ipamAdminMe,
  ipamReaderMe,
  ipReserved,
  ipWeb,
  orgId,
  subnetCampus,
  subnetServers,
  vlans,
} from '../testData';
import { SubnetPage } from './SubnetPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/ipam/subnets/:subnetId', route: `/orgs/${orgId}/ipam/subnets/s-servers` };
const path = (r: Request) => new URL(r.url).pathname;
const base = `/api/v1/orgs/${orgId}`;

interface Options {
  nextFree?: () => Response;
  onWrite?: (r: Request) => Response | Promise<Response>;
}

function api(me: unknown, { nextFree = () => json({ address: '10.0.1.6' }), onWrite = () => json({}) }: Options = {}) {
  return mockFetch(
    withMe(me, (r) => {
      const p = path(r);
      if (r.method !== 'GET') return onWrite(r);
      if (p === `${base}/subnets/s-servers`) return json(subnetServers);
      if (p === `${base}/subnets/s-campus`) return json(subnetCampus);
      if (p === `${base}/subnets/s-servers/next-free`) return nextFree();
      if (p === `${base}/vlans`) return json(vlans);
      if (p === `${base}/ip-addresses`) return json({ items: [ipReserved, ipWeb], nextCursor: null });
      if (p === `${base}/assets/a-web`) return json(assetWebDetail);
      if (p === `${base}/assets/a-db`) return json(assetDbDetail);
      if (p === `${base}/assets`) {
        const q = new URL(r.url).searchParams.get('q') ?? '';
        return json({ items: [assetWeb, assetDb].filter((a) => a.name.includes(q)), nextCursor: null });
      }
      return problem(404, { title: 'Not found.' });
    }),
  );
}

async function openAddForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Add address' }));
  return screen.getByRole('form', { name: 'Add address' });
}

describe('SubnetPage', () => {
  it('shows the subnet with utilisation, parent and VLAN, and its addresses with status and asset', async () => {
    const { calls } = api(ipamAdminMe);
    renderRoute(<SubnetPage />, route);

    expect(await screen.findByRole('heading', { name: /10\.0\.1\.0\/24\s*Servers/ })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Utilisation of 10.0.1.0/24' })).toHaveAttribute('aria-valuetext', '0.79%');
    expect(screen.getByText('2 of 254 usable addresses documented')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '10.0.0.0/16' })).toHaveAttribute('href', `/orgs/${orgId}/ipam/subnets/s-campus`);
    expect(await screen.findByText('Servers', { selector: 'span[title="Rack A"]', exact: false })).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'IP addresses' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['10.0.1.1', '10.0.1.5']);
    expect(within(rows[0]).getByText('Reserved')).toHaveClass('badge', 'bg-info');
    expect(within(rows[1]).getByText('Active')).toHaveClass('badge', 'bg-success');
    expect(rows[1]).toHaveTextContent('web01');
    expect(await within(rows[1]).findByRole('link', { name: 'web01' })).toHaveAttribute('href', `/orgs/${orgId}/assets/a-web`);
    expect(rows[1]).toHaveTextContent('web01 · eth0');
    expect(within(rows[1]).getByRole('button', { name: 'Edit 10.0.1.5' })).toBeInTheDocument();

    const list = calls.find((c) => path(c) === `${base}/ip-addresses`)!;
    expect(Object.fromEntries(new URL(list.url).searchParams)).toEqual({ limit: '100', subnetId: 's-servers' });

    await userEvent.type(screen.getByLabelText('Search addresses'), 'web');
    await vi.waitFor(() =>
      expect(Object.fromEntries(new URL(calls.filter((c) => path(c) === `${base}/ip-addresses`).at(-1)!.url).searchParams)).toEqual({
        limit: '100',
        subnetId: 's-servers',
        q: 'web',
      }),
    );
  });

  it('fills the address from next free and saves it with status, hostname, asset and interface', async () => {
    const { calls } = api(ipamAdminMe, { onWrite: () => json({ ...ipWeb, id: 'ip-new', address: '10.0.1.6' }, 201) });
    renderRoute(<SubnetPage />, route);

    const form = await openAddForm();
    const address = within(form).getByLabelText('Address');
    expect(address).toHaveValue('');
    await userEvent.click(within(form).getByRole('button', { name: 'Use next free' }));
    await vi.waitFor(() => expect(address).toHaveValue('10.0.1.6'));
    expect(calls.some((c) => path(c) === `${base}/subnets/s-servers/next-free`)).toBe(true);

    await userEvent.selectOptions(within(form).getByLabelText('Status'), 'Reserved');
    await userEvent.type(within(form).getByLabelText('Hostname'), ' db01 ');
    await userEvent.type(within(form).getByLabelText('Find asset'), 'db');
    const asset = within(form).getByLabelText('Asset');
    await vi.waitFor(() => expect(within(asset).queryByRole('option', { name: 'web01 (SN-1)' })).not.toBeInTheDocument());
    expect(within(form).getByLabelText('Interface')).toBeDisabled();
    await userEvent.selectOptions(asset, 'db01');
    const iface = within(form).getByLabelText('Interface');
    await vi.waitFor(() => expect(iface).toBeEnabled());
    await userEvent.selectOptions(iface, await within(iface).findByRole('option', { name: 'bond0' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save address' }));

    expect(await screen.findByText('10.0.1.6 saved.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add address' })).not.toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(path(post)).toBe(`${base}/ip-addresses`);
    expect(await post.json()).toEqual({ address: '10.0.1.6', status: 'reserved', hostname: 'db01', assetId: 'a-db', interfaceId: 'i-db0' });
  });

  it('says so when the subnet has no free address left', async () => {
    api(ipamAdminMe, { nextFree: () => problem(409, { title: 'Conflict.', detail: 'The subnet 10.0.1.0/24 has no free address left.' }) });
    renderRoute(<SubnetPage />, route);

    const form = await openAddForm();
    await userEvent.click(within(form).getByRole('button', { name: 'Use next free' }));
    expect(await within(form).findByText('The subnet 10.0.1.0/24 has no free address left.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Address')).toHaveValue('');
  });

  it('shows a 409 duplicate next to the address, naming the holder', async () => {
    const detail = '10.0.1.5 is already documented (web01).';
    api(ipamAdminMe, { onWrite: () => problem(409, { title: 'Conflict.', detail, errors: { address: [detail] } }) });
    renderRoute(<SubnetPage />, route);

    const form = await openAddForm();
    await userEvent.type(within(form).getByLabelText('Address'), '10.0.1.5');
    await userEvent.click(within(form).getByRole('button', { name: 'Save address' }));

    const address = within(form).getByLabelText('Address');
    await vi.waitFor(() => expect(address).toHaveClass('is-invalid'));
    expect(address).toHaveAccessibleDescription(detail);
    expect(within(form).getByText(detail)).toBeVisible();
    // The form stays open with what was typed.
    expect(address).toHaveValue('10.0.1.5');
  });

  it('shows a 400 for an address outside every subnet as a field error', async () => {
    const message = '192.168.9.9 is outside every subnet of this organisation; create its subnet first.';
    api(ipamAdminMe, {
      onWrite: () => problem(400, { title: 'One or more fields are invalid.', detail: "Correct the fields listed in 'errors' and try again.", errors: { address: [message] } }),
    });
    renderRoute(<SubnetPage />, route);

    const form = await openAddForm();
    await userEvent.type(within(form).getByLabelText('Address'), '192.168.9.9');
    await userEvent.click(within(form).getByRole('button', { name: 'Save address' }));

    const address = within(form).getByLabelText('Address');
    await vi.waitFor(() => expect(address).toHaveClass('is-invalid'));
    expect(address).toHaveAccessibleDescription(message);
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('edits a row sending only the changes, and deletes a row', async () => {
    const { calls } = api(ipamAdminMe, {
      onWrite: (r) => (r.method === 'PATCH' ? json({ ...ipWeb, status: 'deprecated', hostname: null }) : new Response(null, { status: 204 })),
    });
    renderRoute(<SubnetPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Edit 10.0.1.5' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit 10.0.1.5' });
    expect(within(dialog).getByLabelText('Address')).toHaveValue('10.0.1.5');
    expect(within(dialog).queryByRole('button', { name: 'Use next free' })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(within(dialog).getByLabelText('Interface')).toHaveValue('i-eth0'));
    // An assigned address can move to another asset, not to none: the API cannot unassign.
    expect(within(within(dialog).getByLabelText('Asset')).queryByRole('option', { name: 'No asset' })).not.toBeInTheDocument();
    await userEvent.selectOptions(within(dialog).getByLabelText('Status'), 'Deprecated');
    await userEvent.clear(within(dialog).getByLabelText('Hostname'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('10.0.1.5 updated.')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(path(patch)).toBe(`${base}/ip-addresses/ip-web`);
    expect(await patch.json()).toEqual({ status: 'deprecated', hostname: '' });

    await userEvent.click(screen.getByRole('button', { name: 'Delete 10.0.1.1' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete address' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete address' }));
    expect(await screen.findByText('10.0.1.1 deleted.')).toBeInTheDocument();
    expect(path(calls.find((c) => c.method === 'DELETE')!)).toBe(`${base}/ip-addresses/ip-gw`);
  });

  it('hides writing actions without ipam.write and asset names without assets.read', async () => {
    const { calls } = api(ipamReaderMe);
    renderRoute(<SubnetPage />, route);

    const table = await screen.findByRole('table', { name: 'IP addresses' });
    expect(within(table).getByRole('link', { name: 'Asset' })).toHaveAttribute('href', `/orgs/${orgId}/assets/a-web`);
    expect(screen.queryByRole('button', { name: 'Add address' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete subnet/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
    expect(calls.some((c) => path(c).includes('/assets'))).toBe(false);
  });
});
