import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { configureAuth } from '../../../api/client';
import { globalAdminMe, json, memberMe, mockFetch, pathOf, problem, withMe } from '../../../test/render';
import { docsRoutes } from '../routes';
import { orgId } from '../testData';

const planId = '0190f0a0-0000-7000-8000-00000000fp01';
const pin = { label: null, rackId: null, patchPanelPortId: null, portName: null, patchPanelId: null, assetType: null, itemName: null, assetId: null, room: null };
const plan = {
  id: planId, name: 'Ground floor', locationId: null, locationName: 'Head office', level: 'Ground', description: null, revision: 2,
  drawing: { sourceKind: 'magicplan', fileName: 'office.xml', displayType: 'image/svg+xml', width: 1000, height: 600, floor: 'Ground floor', floors: ['Ground floor'] },
  rooms: [
    { name: 'Reception', area: 24, perimeter: 20, polygon: [{ x: 0, y: 0 }, { x: 0.5, y: 0 }, { x: 0.5, y: 1 }, { x: 0, y: 1 }] },
    { name: 'Server room', area: 12.25, perimeter: 14, polygon: [{ x: 0.5, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 1 }, { x: 0.5, y: 1 }] },
  ],
  pins: [
    { ...pin, kind: 'asset', x: 0.25, y: 0.5, assetId: 'a1', itemName: 'AP-LOBBY', assetType: 'access-point', room: 'Reception' },
    { ...pin, kind: 'rack', x: 0.9, y: 0.2, rackId: 'r1', itemName: 'Rack A1', room: 'Server room' },
    { ...pin, kind: 'drop', x: 0.6, y: 0.9, label: 'D-101', patchPanelPortId: 'p1', portName: 'PP-1 port 3', room: 'Server room' },
  ],
  createdById: 'u', updatedById: 'u', createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', etag: '"7"',
};

beforeEach(() => {
  // jsdom has no pointer capture (dragging a pin uses it).
  Object.assign(Element.prototype, { setPointerCapture: () => {}, releasePointerCapture: () => {}, hasPointerCapture: () => false });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:drawing', revokeObjectURL: () => {} }));
});
afterEach(() => vi.unstubAllGlobals());

function renderPlan(route: string, me: unknown = globalAdminMe) {
  configureAuth({ getAccessToken: () => Promise.resolve('t'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
  const { calls } = mockFetch(
    withMe(me, (r) => {
      const path = pathOf(r);
      if (path.endsWith(`/floor-plans/${planId}`)) return json(plan);
      if (path.endsWith('/drawing')) return new Response(new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>']), { headers: { 'Content-Type': 'image/svg+xml' } });
      if (path.endsWith('/docs/folders')) return json({ items: [], nextCursor: null });
      return problem(404, { title: 'Not Found' });
    }),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([...docsRoutes, { path: '*', element: <div data-testid="navigated" /> }], { initialEntries: [route] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { calls, router };
}

describe('floor plan viewer', () => {
  it('lays the pins over the drawing: the access point and the rack open their pages, a drop shows its port', async () => {
    renderPlan(`/orgs/${orgId}/docs/floor-plans/${planId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ground floor' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'Floor plan: Ground floor' })).toHaveAttribute('src', 'blob:drawing');
    const ap = screen.getByRole('link', { name: 'Access point: AP-LOBBY (Reception)' });
    expect(ap).toHaveAttribute('href', `/orgs/${orgId}/assets/a1`);
    expect(ap).toHaveStyle({ left: '25%', top: '50%' });
    expect(screen.getByRole('link', { name: 'Rack: Rack A1 (Server room)' })).toHaveAttribute('href', `/orgs/${orgId}/racks/r1`);
    await userEvent.click(screen.getByRole('button', { name: 'Network drop: D-101 (Server room)' }));
    expect(screen.getByRole('region', { name: 'Network drop D-101' })).toHaveTextContent('PP-1 port 3');

    const rooms = screen.getByRole('list', { name: 'Rooms' });
    expect(within(rooms).getByRole('button', { name: /Server room/ })).toHaveTextContent('12.3 m² · 2 pins');
    const table = screen.getByRole('table', { name: 'Pins' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByRole('link', { name: 'AP-LOBBY' })).toHaveAttribute('href', `/orgs/${orgId}/assets/a1`);
    expect(screen.getByRole('button', { name: 'Edit pins' })).toBeInTheDocument();
  });

  it('offers no editing to a reader', async () => {
    renderPlan(`/orgs/${orgId}/docs/floor-plans/${planId}`, memberMe(orgId, ['docs.read', 'assets.read']));
    expect(await screen.findByRole('img', { name: 'Floor plan: Ground floor' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit pins' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Replace drawing' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'History' })).toBeInTheDocument();
  });

  it('edit mode: a pin is chosen, moved with the arrow keys, and the save sends the list with If-Match', async () => {
    const { calls } = renderPlan(`/orgs/${orgId}/docs/floor-plans/${planId}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit pins' }, { timeout: 5000 }));
    const ap = await screen.findByRole('button', { name: /Access point: AP-LOBBY/ });
    await userEvent.click(ap);
    expect(screen.getByRole('heading', { name: 'Pin 1' })).toBeInTheDocument();
    ap.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(ap).toHaveStyle({ left: '27%' });
    await userEvent.click(screen.getByRole('button', { name: 'Save pins' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'PUT' && pathOf(c).endsWith('/pins'))).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    const body = (await put.clone().json()) as { pins: { x: number; assetId: string | null }[] };
    expect(body.pins).toHaveLength(3);
    expect(body.pins[0]).toMatchObject({ x: 0.27, assetId: 'a1' });
  });
});
