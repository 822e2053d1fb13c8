import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderRoute } from '../../../test/render';
import { OrgSwitcher } from './OrgSwitcher';

afterEach(() => vi.unstubAllGlobals());

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

describe('OrgSwitcher', () => {
  it('shows the org of the route, asks for up to 100 orgs, and navigates on choice', async () => {
    const { calls } = mockFetch(() => json({ items: [org(1), org(2)], nextCursor: null }));
    renderRoute(<OrgSwitcher />, { path: '/orgs/:orgId', route: '/orgs/org-2' });

    const toggle = await screen.findByRole('button', { name: 'Switch organisation' });
    await vi.waitFor(() => expect(toggle).toHaveTextContent('Org 02'));
    expect(Object.fromEntries(new URL(calls[0].url).searchParams)).toMatchObject({ limit: '100', sort: 'name' });
    expect(sessionStorage.getItem('clientstor.currentOrg')).toBe('org-2');
    expect(screen.queryByLabelText('Find an organisation')).not.toBeInTheDocument();

    await userEvent.click(toggle);
    await userEvent.click(await screen.findByRole('button', { name: 'Org 01' }));
    // Same route, new :orgId: the toggle follows the URL.
    await vi.waitFor(() => expect(toggle).toHaveTextContent('Org 01'));
    expect(sessionStorage.getItem('clientstor.currentOrg')).toBe('org-1');
  });

  it('falls back to the last choice, and filters when there are more than 10', async () => {
    sessionStorage.setItem('clientstor.currentOrg', 'org-7');
    mockFetch(() => json({ items: Array.from({ length: 12 }, (_, i) => org(i + 1)), nextCursor: null }));
    renderRoute(<OrgSwitcher />, { path: '/audit', route: '/audit' });

    const toggle = await screen.findByRole('button', { name: 'Switch organisation' });
    await vi.waitFor(() => expect(toggle).toHaveTextContent('Org 07'));
    await userEvent.click(toggle);
    await userEvent.type(await screen.findByLabelText('Find an organisation'), '1');
    expect(screen.getByRole('button', { name: 'Org 01' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Org 12' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Org 05' })).not.toBeInTheDocument();
  });
});
