import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Dashboard } from '../../../entities/favourite/types';
import { globalAdminMe, json, mockFetch, renderRoute, withMe } from '../../../test/render';
import { HomePage } from './HomePage';

afterEach(() => vi.unstubAllGlobals());

const item = { orgId: 'o1', orgName: 'Acme', subtitle: null, at: '2026-12-01T10:00:00Z', etag: '"1"' };

const dashboard: Dashboard = {
  favourites: [{ ...item, type: 'org', id: 'o1', title: 'Acme' }],
  recents: [
    { ...item, type: 'credential', id: 'c1', title: 'Domain admin', subtitle: 'administrator' },
    { ...item, type: 'asset', id: 'a1', title: 'FS01' },
  ],
  expiringWarranties: { days: 90, total: 1, items: [{ assetId: 'a1', orgId: 'o1', orgName: 'Acme', name: 'FS01', type: 'server', status: 'active', warrantyExpires: '2026-11-30', daysLeft: -7, expired: true }] },
  recentActivity: [],
  clients: [{ orgId: 'o1', orgName: 'Acme', favourite: true, assets: 1, credentials: 2, contacts: 0, locations: 0, subnets: null, racks: 0 }],
};

function renderHome(body: Dashboard) {
  mockFetch(withMe(globalAdminMe, () => json(body)));
  renderRoute(<HomePage />);
}

describe('HomePage', () => {
  it('links favourites, recent items, clients with their counts and warranties to their pages', async () => {
    renderHome(dashboard);

    const favourites = await screen.findByRole('list', { name: 'Favourites' });
    expect(within(favourites).getByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/orgs/o1');
    expect(within(favourites).getByText('Client')).toBeInTheDocument();
    const recents = screen.getByRole('list', { name: 'Recently used' });
    expect(within(recents).getByRole('link', { name: 'Domain admin' })).toHaveAttribute('href', '/orgs/o1/vault/c1');
    expect(within(recents).getByRole('link', { name: 'FS01' })).toHaveAttribute('href', '/orgs/o1/assets/a1');

    const clients = screen.getByRole('list', { name: 'Clients' });
    expect(within(clients).getByText('Favourite:')).toBeInTheDocument();
    expect(within(clients).getByRole('link', { name: '2 credentials' })).toHaveAttribute('href', '/orgs/o1/vault');
    expect(within(clients).queryByRole('link', { name: /subnets/ })).not.toBeInTheDocument();
    expect(screen.getByText('Ended 7 days ago')).toBeInTheDocument();
    expect(screen.getByText(/No recent changes/)).toBeInTheDocument();
  });

  it('explains empty favourites and recent items and says what to do', async () => {
    renderHome({ ...dashboard, favourites: [], recents: [] });
    expect(await screen.findByText(/No favourites yet/)).toBeInTheDocument();
    expect(screen.getByText(/The clients, credentials and assets you open show here/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Browse the organisations' })[0]).toHaveAttribute('href', '/orgs');
  });
});
