import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { OrgsListPage } from './OrgsListPage';

afterEach(() => vi.unstubAllGlobals());

const org = (n: number) => ({
  id: `0190f0a0-0000-7000-8000-00000000000${n}`,
  name: `Org ${n}`,
  slug: `org-${n}`,
  status: 'active',
  notes: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
  etag: `"${n}"`,
});

describe('OrgsListPage', () => {
  it('shows a spinner while loading', () => {
    mockFetch(() => new Promise<Response>(() => {}));
    renderRoute(<OrgsListPage />, { path: '/orgs' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading organisations…');
  });

  it('shows the empty state with a create button', async () => {
    mockFetch(() => json({ items: [], nextCursor: null }));
    renderRoute(<OrgsListPage />, { path: '/orgs' });
    expect(await screen.findByText('No organisations yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create organisation' })).toHaveAttribute('href', '/orgs/new');
  });

  it('shows an error with a working retry', async () => {
    let fail = true;
    mockFetch(() => (fail ? problem(503, { title: 'Service Unavailable', detail: 'Database unavailable.' }) : json({ items: [org(1)], nextCursor: null })));
    renderRoute(<OrgsListPage />, { path: '/orgs' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Database unavailable.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Org 1' })).toHaveAttribute('href', `/orgs/${org(1).id}`);
  });

  it('pages with the cursor stack and sends search, status and sort', async () => {
    const { calls } = mockFetch((request) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      return cursor === 'page2' ? json({ items: [org(2)], nextCursor: null }) : json({ items: [org(1)], nextCursor: 'page2' });
    });
    renderRoute(<OrgsListPage />, { path: '/orgs', route: '/orgs?q=acme&status=archived&sort=-updatedAt' });

    expect(await screen.findByRole('link', { name: 'Org 1' })).toBeInTheDocument();
    const first = new URL(calls[0].url);
    expect(first.pathname).toBe('/api/v1/orgs');
    expect(Object.fromEntries(first.searchParams)).toEqual({ limit: '50', sort: '-updatedAt', q: 'acme', status: 'archived' });
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('link', { name: 'Org 2' })).toBeInTheDocument();
    expect(new URL(calls[calls.length - 1].url).searchParams.get('cursor')).toBe('page2');
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled());

    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('link', { name: 'Org 1' })).toBeInTheDocument();
    expect(screen.getByText('Page 1')).toBeInTheDocument();
  });

  it('debounces the search box into the q parameter', async () => {
    const { calls } = mockFetch(() => json({ items: [], nextCursor: null }));
    renderRoute(<OrgsListPage />, { path: '/orgs' });
    await screen.findByText('No organisations yet');

    await userEvent.type(screen.getByLabelText('Search organisations'), 'zeta');
    expect(await screen.findByText('No organisations match your search.')).toBeInTheDocument();
    // One request for the initial page and one after typing pauses, none per keystroke.
    await waitFor(() => expect(calls.map((c) => new URL(c.url).searchParams.get('q'))).toEqual([null, 'zeta']));
  });
});
