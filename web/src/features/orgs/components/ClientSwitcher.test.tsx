import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CurrentClientContext } from '../../../lib/documentTitle';
import { json, mockFetch, renderRoute } from '../../../test/render';
import { ClientSwitcher } from './ClientSwitcher';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

const org = (n: number) => ({
  id: `org-${n}`,
  name: `Org ${String(n).padStart(2, '0')}`,
  slug: `org-${n}`,
  status: 'active',
  notes: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  etag: '"1"',
});

function orgsApi(request: Request) {
  const url = new URL(request.url);
  const id = /\/api\/v1\/orgs\/(.+)$/.exec(url.pathname)?.[1];
  if (id) return json(org(Number(id.replace('org-', ''))));
  const q = url.searchParams.get('q') ?? '';
  return json({ items: [1, 2, 12].map(org).filter((o) => o.name.includes(q)), nextCursor: null });
}

describe('ClientSwitcher', () => {
  it('names the client of the route and keeps the section when another is picked', async () => {
    const { calls } = mockFetch(orgsApi);
    renderRoute(
      <CurrentClientContext.Provider value={{ id: 'org-2', name: 'Org 02' }}>
        <ClientSwitcher />
      </CurrentClientContext.Provider>,
      { path: '/orgs/:orgId/vault/:credentialId', route: '/orgs/org-2/vault/c1' },
    );

    const toggle = screen.getByRole('button', { name: 'Switch organisation' });
    expect(toggle).toHaveTextContent('Org 02');
    expect(sessionStorage.getItem('clientstor.currentOrg')).toBe('org-2');
    // The list is asked for only once the menu opens.
    expect(calls).toHaveLength(0);

    await userEvent.click(toggle);
    const find = await screen.findByRole('searchbox', { name: 'Find an organisation' });
    await userEvent.type(find, '1');
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Org 02' })).not.toBeInTheDocument());
    expect(new URL(calls.at(-1)!.url).searchParams.get('q')).toBe('1');
    await userEvent.click(screen.getByRole('button', { name: 'Org 12' }));
    // A credential of org-2 has no twin in org-12: the vault's list.
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    expect(sessionStorage.getItem('clientstor.currentOrg')).toBe('org-12');
  });

  it('outside a client names the last choice, and Enter in the box picks the first match', async () => {
    sessionStorage.setItem('clientstor.currentOrg', 'org-1');
    mockFetch(orgsApi);
    renderRoute(<ClientSwitcher />, { path: '/audit', route: '/audit' });
    const toggle = screen.getByRole('button', { name: 'Switch organisation' });
    await vi.waitFor(() => expect(toggle).toHaveTextContent('Org 01'));

    await userEvent.click(toggle);
    const find = await screen.findByRole('searchbox', { name: 'Find an organisation' });
    expect(find).toHaveFocus();
    await userEvent.type(find, '12');
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Org 01' })).not.toBeInTheDocument());
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    expect(sessionStorage.getItem('clientstor.currentOrg')).toBe('org-12');
  });

  it('moves from the box into the list with ArrowDown', async () => {
    mockFetch(orgsApi);
    renderRoute(<ClientSwitcher />, { path: '/orgs', route: '/orgs' });
    await userEvent.click(screen.getByRole('button', { name: 'Switch organisation' }));
    await screen.findByRole('button', { name: 'Org 01' });
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Org 01' })).toHaveFocus();
  });
});
