import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { globalAdminMe, json, memberMe, mockFetch, pathOf, renderRoute, withMe } from '../../../test/render';
import type { OrgOverview } from '../api/useOrgOverview';
import { OrgOverviewPage } from './OrgOverviewPage';

afterEach(() => vi.unstubAllGlobals());

const orgId = '0190f0a0-0000-7000-8000-000000000001';
const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', etag: '"1"' };

const full: OrgOverview = {
  orgId,
  orgName: 'Acme',
  status: 'active',
  counts: { assets: { total: 3, byStatus: [{ status: 'active', count: 3 }] }, credentials: 2, contacts: 1, locations: 1, subnets: 1, ipAddresses: 4, racks: 1 },
  pinnedCredentials: {
    total: 1,
    items: [{ id: 'c1', orgId, folderId: null, name: 'Domain admin', username: 'administrator', url: null, tags: [], notes: null, assetIds: [], pinned: true, secretFields: ['password'], ...stamp }],
  },
  keyContacts: { total: 1, items: [{ id: 'p1', name: 'Ada Lovelace', email: 'ada@acme.test', phone: '+1 555 0100', role: 'IT lead', notes: null, isKey: true, ...stamp }] },
  locations: { total: 1, items: [{ id: 'l1', kind: 'site', parentId: null, name: 'Head office', address: '1 Main St', notes: null, ...stamp }] },
  expiringWarranties: {
    days: 90,
    total: 1,
    items: [{ assetId: 'a1', orgId, orgName: 'Acme', name: 'FS01', type: 'server', status: 'active', warrantyExpires: '2026-12-20', daysLeft: 13, expired: false }],
  },
  recentChanges: [
    {
      id: 9,
      occurredAt: '2026-12-01T10:00:00Z',
      orgId,
      orgName: 'Acme',
      action: 'asset.created',
      actorType: 'user',
      actorId: 'u1',
      actorName: 'Admin',
      targetType: 'asset',
      targetId: 'a1',
      targetName: 'FS01',
      text: 'Admin created asset FS01',
    },
  ],
};

function renderPage(me: unknown, overview: OrgOverview) {
  const fetch = mockFetch(
    withMe(me, (r) => {
      if (pathOf(r) === '/api/v1/me/favourites') return json({ items: [], nextCursor: null });
      if (pathOf(r).startsWith('/api/v1/me/recents/')) return json({});
      return json(overview);
    }),
  );
  renderRoute(<OrgOverviewPage />, { path: '/orgs/:orgId', route: `/orgs/${orgId}` });
  return fetch;
}

describe('OrgOverviewPage', () => {
  it('shows the counts linking to their tabs and every section, with the vault’s copy buttons on pinned credentials', async () => {
    const { calls } = renderPage(globalAdminMe, full);

    expect(await screen.findByRole('heading', { level: 1, name: 'Acme' })).toBeInTheDocument();
    const counts = screen.getByRole('list', { name: 'Counts' });
    expect(within(counts).getByRole('link', { name: /3\s*Assets/ })).toHaveAttribute('href', `/orgs/${orgId}/assets`);
    expect(within(counts).getByRole('link', { name: /1\s*Subnets/ })).toHaveAttribute('href', `/orgs/${orgId}/ipam`);
    expect(within(counts).getByText('4 IP addresses')).toBeInTheDocument();

    const pinned = screen.getByRole('region', { name: /Pinned credentials/ });
    expect(within(pinned).getByRole('link', { name: 'Domain admin' })).toHaveAttribute('href', `/orgs/${orgId}/vault/c1`);
    expect(await within(pinned).findByRole('button', { name: 'Copy password of Domain admin' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /Key contacts/ })).getByRole('link', { name: 'ada@acme.test' })).toHaveAttribute('href', 'mailto:ada@acme.test');
    expect(within(screen.getByRole('region', { name: /Locations/ })).getByText('Head office')).toBeInTheDocument();
    const warranties = screen.getByRole('region', { name: /Warranties ending/ });
    expect(within(warranties).getByRole('link', { name: 'FS01' })).toHaveAttribute('href', `/orgs/${orgId}/assets/a1`);
    expect(within(warranties).getByText('Ends in 13 days')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /Recent changes/ })).getByText(/Admin created asset FS01/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Favourite Acme' })).toBeInTheDocument();

    // Opening the overview records the client among the recently used items, once.
    await waitFor(() => expect(calls.filter((c) => pathOf(c) === `/api/v1/me/recents/org/${orgId}`)).toHaveLength(1));
  });

  it('leaves out the sections the API answers null (no read permission) and shows empty states with a next step', async () => {
    const limited: OrgOverview = {
      ...full,
      counts: { assets: null, credentials: 0, contacts: null, locations: null, subnets: null, ipAddresses: null, racks: null },
      pinnedCredentials: { total: 0, items: [] },
      keyContacts: null,
      locations: null,
      expiringWarranties: null,
      recentChanges: null,
    };
    renderPage(memberMe(orgId, ['org.read', 'vault.read', 'vault.write']), limited);

    expect(await screen.findByRole('heading', { level: 1, name: 'Acme' })).toBeInTheDocument();
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toEqual(['section-pinned-credentials']);
    expect(screen.getByText(/No credentials are pinned/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Add a credential' })).toHaveAttribute('href', `/orgs/${orgId}/vault/new`);
    expect(within(screen.getByRole('list', { name: 'Counts' })).getAllByRole('link')).toHaveLength(1);
  });
});
