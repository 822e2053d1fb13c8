import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { elevation, firewall, orgId, rackAdminMe, rackReaderMe, server, sw1 } from '../testData';
import { RackPage } from './RackPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/racks/:rackId', route: `/orgs/${orgId}/racks/r-a` };
const path = (r: Request) => new URL(r.url).pathname;

function api(me: unknown, onWrite: (r: Request) => Response | Promise<Response> = () => json({})) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      if (path(r).endsWith('/elevation')) return json(elevation);
      if (path(r).endsWith('/locations')) return json({ items: [{ id: 'l-hq', kind: 'site', parentId: null, name: 'Head office', address: null, notes: null, createdAt: '', updatedAt: '' }], nextCursor: null });
      if (path(r).endsWith('/assets')) return json({ items: [firewall, sw1], nextCursor: null });
      return problem(404, { title: 'Not found' });
    }),
  );
}

describe('RackPage', () => {
  it('draws the elevation top-down with front and rear columns, blocks spanning their units and empty units to mount into', async () => {
    api(rackAdminMe);
    renderRoute(<RackPage />, route);

    const table = await screen.findByRole('table', { name: 'Elevation of Rack A' });
    expect(screen.getByRole('heading', { name: 'Rack A' })).toBeInTheDocument();
    expect(screen.getByText('Head office')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['6', '5', '4', '3', '2', '1']);

    // The 2U full-depth server: one block spanning U3 and U2 on each face, removable only where it is mounted.
    const serverCells = within(table).getAllByRole('cell', { name: /File server/ });
    expect(serverCells).toHaveLength(2);
    for (const cell of serverCells) expect(cell).toHaveAttribute('rowspan', '2');
    expect(serverCells[0]).toHaveTextContent('U2–U3 · full depth');
    expect(serverCells[1]).toHaveTextContent('full depth, mounted at the front');
    expect(within(serverCells[0]).getByRole('link', { name: 'File server' })).toHaveAttribute('href', `/orgs/${orgId}/assets/${server.assetId}`);
    expect(screen.getAllByRole('button', { name: 'Remove File server from the rack' })).toHaveLength(1);
    // U2 is covered by the block above: only its unit number is a cell of its own.
    expect(within(rows[4]).queryAllByRole('cell')).toHaveLength(0);

    // The half-depth switch leaves the rear of U4 free.
    const switchCell = within(table).getByRole('cell', { name: /Core switch/ });
    expect(switchCell).toHaveAttribute('rowspan', '1');
    expect(switchCell).toHaveTextContent('U4 · half depth');
    expect(within(rows[2]).getByRole('button', { name: 'Mount an asset at U4 (rear)' })).toBeInTheDocument();
    expect(within(rows[2]).queryByRole('button', { name: 'Mount an asset at U4 (front)' })).not.toBeInTheDocument();
    // U6 front holds the patch panel.
    expect(within(table).getAllByRole('button', { name: /^Mount an asset at/ })).toHaveLength(6);
  });

  it('draws a positioned patch panel on its face as a block of port squares, its name linking to the panel', async () => {
    api(rackReaderMe);
    renderRoute(<RackPage />, route);

    const table = await screen.findByRole('table', { name: 'Elevation of Rack A' });
    const cell = table.querySelector('td[data-panel="pp-a"]') as HTMLElement;
    expect(cell).toHaveAttribute('rowspan', '1');
    expect(cell).toHaveTextContent('24 ports');
    const link = within(cell).getByRole('link', { name: 'Patch panel PP-A · U6 · 24 ports, 3 connected' });
    expect(link).toHaveTextContent('PP-A');
    expect(link).toHaveAttribute('href', `/orgs/${orgId}/racks/panels?q=PP-A`);
    expect(cell.querySelectorAll('[aria-hidden="true"] > span')).toHaveLength(24);
    // Drawn on the front only: the rear of U6 stays empty.
    const u6 = within(table).getAllByRole('row')[1];
    expect(within(u6).getAllByRole('cell')).toHaveLength(2);
    expect(within(u6).getByText('Empty')).toBeInTheDocument();
    link.focus();
    expect(link).toHaveFocus();
  });

  it('mounts an asset at the clicked unit and shows the 409 naming the asset in the way', async () => {
    let answer: Response = problem(409, {
      title: 'Conflict.',
      detail: "U5–U6 (front) is taken by 'Core switch' at U6–U6.",
      errors: { positionU: ["U5–U6 (front) is taken by 'Core switch' at U6–U6."] },
    });
    const { calls } = api(rackAdminMe, () => answer);
    renderRoute(<RackPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Mount an asset at U5 (front)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mount an asset' });
    expect(within(dialog).getByLabelText('Lowest unit (U)')).toHaveValue(5);
    expect(within(dialog).getByLabelText('Face')).toHaveValue('front');
    expect(within(dialog).getByLabelText(/Full depth/)).toBeChecked();
    const mount = within(dialog).getByRole('button', { name: 'Mount' });
    expect(mount).toBeDisabled();

    await within(dialog).findByRole('option', { name: 'Edge firewall (FW-1)' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Asset'), 'a-fw');
    await userEvent.clear(within(dialog).getByLabelText('Height (U)'));
    await userEvent.type(within(dialog).getByLabelText('Height (U)'), '2');
    await userEvent.click(within(dialog).getByLabelText(/Full depth/));
    await userEvent.click(mount);

    expect(await within(dialog).findByText("U5–U6 (front) is taken by 'Core switch' at U6–U6.")).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Lowest unit (U)')).toHaveClass('is-invalid');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(path(post)).toBe(`/api/v1/orgs/${orgId}/racks/r-a/placements`);
    expect(await post.json()).toEqual({ assetId: 'a-fw', positionU: 5, heightU: 2, face: 'front', fullDepth: false });

    // A 400 that it does not fit reads the same way; then a free spot mounts it.
    answer = problem(400, { title: 'One or more fields are invalid.', detail: "Correct the fields listed in 'errors' and try again.", errors: { positionU: ['U5–U8 does not fit a 6U rack.'] } });
    await userEvent.clear(within(dialog).getByLabelText('Height (U)'));
    await userEvent.type(within(dialog).getByLabelText('Height (U)'), '4');
    await userEvent.click(mount);
    expect(await within(dialog).findByText('U5–U8 does not fit a 6U rack.')).toBeInTheDocument();

    answer = json({ id: 'p-fw', assetId: 'a-fw', assetName: 'Edge firewall', positionU: 5, heightU: 1, face: 'front', fullDepth: false }, 201);
    await userEvent.clear(within(dialog).getByLabelText('Height (U)'));
    await userEvent.type(within(dialog).getByLabelText('Height (U)'), '1');
    await userEvent.click(mount);
    expect(await screen.findByText('Mounted “Edge firewall” at U5 (front).')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET' && path(c).endsWith('/elevation'))).toHaveLength(2));
  });

  it('removes a placement after confirming', async () => {
    const { calls } = api(rackAdminMe, () => new Response(null, { status: 204 }));
    renderRoute(<RackPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Remove File server from the rack' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove from rack' });
    expect(dialog).toHaveTextContent('Remove File server from U2–U3?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed “File server” from the rack.')).toBeInTheDocument();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(path(del)).toBe(`/api/v1/orgs/${orgId}/racks/r-a/placements/p-server`);
    expect(del.headers.get('If-Match')).toBe('"ps"');
  });

  it('shows the elevation without mount or remove actions to readers, and a missing rack as not found', async () => {
    api(rackReaderMe);
    const { unmount } = renderRoute(<RackPage />, route);
    const table = await screen.findByRole('table', { name: 'Elevation of Rack A' });
    await screen.findByText('Head office');
    expect(within(table).queryAllByRole('button')).toHaveLength(0);
    expect(within(table).getAllByText('Empty')).toHaveLength(6);
    expect(screen.queryByRole('button', { name: 'Mount an asset' })).not.toBeInTheDocument();
    unmount();

    mockFetch(withMe(rackAdminMe, () => problem(404, { title: 'Not found.', detail: 'The rack does not exist or you cannot access it.' })));
    renderRoute(<RackPage />, route);
    expect(await screen.findByText('This rack does not exist or you cannot access it.')).toBeInTheDocument();
  });
});
