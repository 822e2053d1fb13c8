import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { elevation, firewall, orgId, panelA, panelB, rackA, rackAdminMe, rackReaderMe, sw1, sw1Detail } from '../testData';
import { PatchPanelsPage } from './PatchPanelsPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/racks/panels', route: `/orgs/${orgId}/racks/panels` };
const path = (r: Request) => new URL(r.url).pathname;

function api(me: unknown, onWrite: (r: Request) => Response | Promise<Response> = () => json(panelA)) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      const q = new URL(r.url).searchParams.get('q')?.toLowerCase() ?? '';
      if (path(r).endsWith('/patch-panels')) return json({ items: [panelA, panelB].filter((p) => p.name.toLowerCase().includes(q)), nextCursor: null });
      if (path(r).endsWith('/racks')) return json({ items: [rackA].filter((x) => x.name.toLowerCase().includes(q)), nextCursor: null });
      if (path(r).endsWith('/racks/r-a/elevation')) return json(elevation);
      if (path(r).endsWith('/assets')) return json({ items: [firewall, sw1], nextCursor: null });
      if (path(r).endsWith('/assets/a-sw1')) return json(sw1Detail);
      return problem(404, { title: 'Not found' });
    }),
  );
}

async function openPort(name: RegExp | string) {
  await userEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog');
}

describe('PatchPanelsPage', () => {
  it('draws each panel as a port map: number, label and connection, connected ports marked', async () => {
    const { calls } = api(rackAdminMe);
    renderRoute(<PatchPanelsPage />, route);

    const section = await screen.findByRole('region', { name: 'PP-A' });
    expect(await within(section).findByText(/In Rack A at U6 \(front\)/)).toBeInTheDocument();
    expect(section).toHaveTextContent('2 of 4 ports connected');
    const tiles = within(within(section).getByRole('list', { name: 'Ports of PP-A' })).getAllByRole('listitem');
    expect(tiles).toHaveLength(4);
    expect(tiles[0]).toHaveTextContent('1Desk 1→ SW1 Gi1/0/1');
    expect(tiles[0]).toHaveAttribute('data-connected', 'true');
    expect(tiles[2]).toHaveTextContent('3Desk 3Free');
    expect(tiles[2]).toHaveAttribute('data-connected', 'false');
    expect(within(tiles[1]).getByRole('button', { name: 'Port 2: connected to PP-B port 1' })).toHaveClass('bg-success-subtle');
    expect(within(tiles[3]).getByRole('button', { name: 'Port 4: not connected' })).not.toHaveClass('bg-success-subtle');
    expect(screen.getByRole('region', { name: 'PP-B' })).toHaveTextContent('1 of 2 ports connected');
    // The rack's name comes from its elevation: no list of every rack is read.
    expect(calls.some((c) => path(c).endsWith('/racks'))).toBe(false);
  });

  it('searches panels by name on the server and pages with the cursor', async () => {
    const { calls } = mockFetch(
      withMe(rackReaderMe, (r) => {
        const params = new URL(r.url).searchParams;
        if (path(r).endsWith('/elevation')) return json(elevation);
        if (params.get('q')) return json({ items: [], nextCursor: null });
        return json(params.get('cursor') === 'c2' ? { items: [panelB], nextCursor: null } : { items: [panelA], nextCursor: 'c2' });
      }),
    );
    renderRoute(<PatchPanelsPage />, route);

    expect(await screen.findByRole('region', { name: 'PP-A' })).toBeInTheDocument();
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Pages' })).getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('region', { name: 'PP-B' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'PP-A' })).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Search patch panels'), 'core');
    expect(await screen.findByText('No patch panels match your search.')).toBeInTheDocument();
    const search = calls.filter((c) => path(c).endsWith('/patch-panels')).at(-1)!;
    expect(new URL(search.url).searchParams.get('q')).toBe('core');
    // A new search starts again at the first page.
    expect(new URL(search.url).searchParams.get('cursor')).toBeNull();
  });

  it('connects a free port to a port of another panel, and shows a 409 naming the existing connection', async () => {
    let answer: Response = problem(409, { title: 'Conflict.', detail: 'The other port (number 2) already has a connection; disconnect it first.', errors: { portId: ['The other port (number 2) already has a connection; disconnect it first.'] } });
    const { calls } = api(rackAdminMe, () => answer);
    renderRoute(<PatchPanelsPage />, route);

    const dialog = await openPort('Port 3 (Desk 3): not connected');
    expect(dialog).toHaveAccessibleName('Port 3 of PP-A');
    expect(within(dialog).getByLabelText('Label')).toHaveValue('Desk 3');
    await userEvent.click(within(dialog).getByLabelText('Another patch port'));
    const save = within(dialog).getByRole('button', { name: 'Save port' });
    expect(save).toBeDisabled();
    // The other panel is found by a server search, however many panels there are.
    expect(within(dialog).getByLabelText('Panel')).toHaveDisplayValue('PP-A');
    await userEvent.type(within(dialog).getByLabelText('Find panel'), 'pp-b');
    await vi.waitFor(() => expect(calls.some((c) => path(c).endsWith('/patch-panels') && new URL(c.url).searchParams.get('q') === 'pp-b')).toBe(true));
    await within(dialog).findByRole('option', { name: 'PP-B' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Panel'), 'pp-b');
    // The port already patched elsewhere cannot be picked.
    expect(within(dialog).getByRole('option', { name: '1 (connected to PP-A port 2)' })).toBeDisabled();
    await userEvent.selectOptions(within(dialog).getByLabelText('Port'), 'pp-b-2');
    await userEvent.clear(within(dialog).getByLabelText('Label'));
    await userEvent.type(within(dialog).getByLabelText('Label'), 'Desk 3 uplink');
    await userEvent.click(save);

    expect(await within(dialog).findByText('The other port (number 2) already has a connection; disconnect it first.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Port')).toHaveClass('is-invalid');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(path(put)).toBe(`/api/v1/orgs/${orgId}/patch-panels/pp-a/ports/3`);
    expect(await put.json()).toEqual({ label: 'Desk 3 uplink', portId: 'pp-b-2' });

    answer = json(panelA);
    await userEvent.click(save);
    expect(await screen.findByText('Port 3 of PP-A saved.')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('connects a port to an asset interface picked through the asset', async () => {
    const { calls } = api(rackAdminMe);
    renderRoute(<PatchPanelsPage />, route);

    const dialog = await openPort('Port 4: not connected');
    await userEvent.click(within(dialog).getByLabelText('An asset interface'));
    expect(within(dialog).getByLabelText('Interface')).toBeDisabled();
    await within(dialog).findByRole('option', { name: 'SW1' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Asset'), 'a-sw1');
    await within(dialog).findByRole('option', { name: 'Gi1/0/2 – Uplink' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Interface'), 'i-gi2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save port' }));

    expect(await screen.findByText('Port 4 of PP-A saved.')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(path(put)).toBe(`/api/v1/orgs/${orgId}/patch-panels/pp-a/ports/4`);
    expect(await put.json()).toEqual({ label: '', interfaceId: 'i-gi2' });
  });

  it('disconnects a connected port', async () => {
    const { calls } = api(rackAdminMe, () => new Response(null, { status: 204 }));
    renderRoute(<PatchPanelsPage />, route);

    const dialog = await openPort('Port 1 (Desk 1): connected to SW1 Gi1/0/1');
    expect(dialog).toHaveTextContent('Connected to SW1 Gi1/0/1');
    expect(within(dialog).queryByLabelText('Another patch port')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(await screen.findByText('Port 1 of PP-A disconnected.')).toBeInTheDocument();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(path(del)).toBe(`/api/v1/orgs/${orgId}/patch-panels/pp-a/ports/1/connection`);
    expect(del.headers.get('If-Match')).toBe('"pp-a-1"');
  });

  it('refuses to disconnect a port someone else changed meanwhile (412), and re-reads the panels on close', async () => {
    const { calls } = api(rackAdminMe, () => problem(412, { title: 'Precondition Failed', detail: 'The resource was changed.' }));
    renderRoute(<PatchPanelsPage />, route);

    const dialog = await openPort('Port 1 (Desk 1): connected to SW1 Gi1/0/1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(await within(dialog).findByText(/changed by someone else since you opened it, so it was not disconnected/)).toBeInTheDocument();
    const reads = calls.filter((c) => path(c).endsWith('/patch-panels')).length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(calls.filter((c) => path(c).endsWith('/patch-panels')).length).toBeGreaterThan(reads));
  });

  it('creates a patch panel in a rack, at a unit and face of its elevation when given', async () => {
    const { calls } = api(rackAdminMe, () => json({ ...panelB, id: 'pp-c', name: 'PP-C' }, 201));
    renderRoute(<PatchPanelsPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New patch panel' }));
    const form = screen.getByRole('form', { name: 'New patch panel' });
    await userEvent.type(within(form).getByLabelText('Panel name'), 'PP-C');
    await userEvent.clear(within(form).getByLabelText('Ports'));
    await userEvent.type(within(form).getByLabelText('Ports'), '48');
    await userEvent.type(within(form).getByLabelText('Find rack'), 'rack a');
    await vi.waitFor(() => expect(calls.some((c) => path(c).endsWith('/racks') && new URL(c.url).searchParams.get('q') === 'rack a')).toBe(true));
    await within(form).findByRole('option', { name: 'Rack A' });
    expect(within(form).queryByLabelText('Unit (U)')).not.toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByLabelText('Rack'), 'r-a');
    await userEvent.type(within(form).getByLabelText('Unit (U)'), '5');
    await userEvent.selectOptions(within(form).getByLabelText('Face'), 'rear');
    await userEvent.click(within(form).getByRole('button', { name: 'Create patch panel' }));

    expect(await screen.findByText('Patch panel “PP-C” created.')).toBeInTheDocument();
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({ name: 'PP-C', portCount: 48, rackId: 'r-a', positionU: 5, face: 'rear' });
  });

  it('shows port maps read-only without assets.write', async () => {
    api(rackReaderMe);
    renderRoute(<PatchPanelsPage />, route);

    const section = await screen.findByRole('region', { name: 'PP-A' });
    await screen.findByText(/In Rack A/);
    expect(within(section).queryAllByRole('button')).toHaveLength(0);
    expect(within(section).getByTitle('Port 1 (Desk 1): connected to SW1 Gi1/0/1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New patch panel' })).not.toBeInTheDocument();
  });
});
