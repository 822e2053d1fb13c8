import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { firewall, orgId, panelA, panelB, rackA, rackAdminMe, rackReaderMe, sw1, sw1Detail } from '../testData';
import { PatchPanelsPage } from './PatchPanelsPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/racks/panels', route: `/orgs/${orgId}/racks/panels` };
const path = (r: Request) => new URL(r.url).pathname;

function api(me: unknown, onWrite: (r: Request) => Response | Promise<Response> = () => json(panelA)) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      if (path(r).endsWith('/patch-panels')) return json([panelA, panelB]);
      if (path(r).endsWith('/racks')) return json([rackA]);
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
    api(rackAdminMe);
    renderRoute(<PatchPanelsPage />, route);

    const section = await screen.findByRole('region', { name: 'PP-A' });
    expect(await within(section).findByText(/In Rack A/)).toBeInTheDocument();
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
  });

  it('creates a patch panel in a rack', async () => {
    const { calls } = api(rackAdminMe, () => json({ ...panelB, id: 'pp-c', name: 'PP-C' }, 201));
    renderRoute(<PatchPanelsPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New patch panel' }));
    const form = screen.getByRole('form', { name: 'New patch panel' });
    await userEvent.type(within(form).getByLabelText('Panel name'), 'PP-C');
    await userEvent.clear(within(form).getByLabelText('Ports'));
    await userEvent.type(within(form).getByLabelText('Ports'), '48');
    await within(form).findByRole('option', { name: 'Rack A' });
    await userEvent.selectOptions(within(form).getByLabelText('Rack'), 'r-a');
    await userEvent.click(within(form).getByRole('button', { name: 'Create patch panel' }));

    expect(await screen.findByText('Patch panel “PP-C” created.')).toBeInTheDocument();
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({ name: 'PP-C', portCount: 48, rackId: 'r-a' });
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
