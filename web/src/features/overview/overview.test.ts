import { describe, expect, it } from 'vitest';
import { activityHref, clientCounts, countTiles, warrantyWhen } from './overview';

const org = 'o1';

describe('countTiles', () => {
  it('lists every readable count in the tabs’ order, linking to its tab, with the assets by status', () => {
    const tiles = countTiles(org, {
      assets: { total: 13, byStatus: [{ status: 'active', count: 12 }, { status: 'in-repair', count: 1 }, { status: 'retired', count: 0 }] },
      credentials: 4,
      contacts: 2,
      locations: 1,
      subnets: 3,
      ipAddresses: 1,
      racks: 0,
    });
    expect(tiles.map((t) => [t.label, t.value, t.href])).toEqual([
      ['Assets', 13, '/orgs/o1/assets'],
      ['Credentials', 4, '/orgs/o1/vault'],
      ['Subnets', 3, '/orgs/o1/ipam'],
      ['Racks', 0, '/orgs/o1/racks'],
      ['Contacts', 2, '/orgs/o1/contacts'],
      ['Locations', 1, '/orgs/o1/locations'],
    ]);
    expect(tiles[0].detail).toBe('12 active · 1 in repair');
    expect(tiles[2].detail).toBe('1 IP address');
  });

  it('leaves out what the person may not read (null) and keeps zeros', () => {
    const tiles = countTiles(org, { assets: null, credentials: 0, contacts: null, locations: null, subnets: null, ipAddresses: null, racks: null });
    expect(tiles).toEqual([{ label: 'Credentials', value: 0, href: '/orgs/o1/vault' }]);
  });
});

describe('clientCounts', () => {
  it('names each count in the singular or plural and skips unreadable ones', () => {
    expect(clientCounts({ orgId: org, assets: 1, credentials: 5, subnets: null, racks: 0 })).toEqual([
      { label: 'asset', value: 1, href: '/orgs/o1/assets' },
      { label: 'credentials', value: 5, href: '/orgs/o1/vault' },
      { label: 'racks', value: 0, href: '/orgs/o1/racks' },
    ]);
  });
});

describe('warrantyWhen', () => {
  it.each([
    [-12, 'Ended 12 days ago'],
    [-1, 'Ended yesterday'],
    [0, 'Ends today'],
    [1, 'Ends tomorrow'],
    [45, 'Ends in 45 days'],
  ])('%i days left → %s', (daysLeft, text) => {
    expect(warrantyWhen({ daysLeft })).toBe(text);
  });
});

describe('activityHref', () => {
  const base = { orgId: org, targetId: 't1', targetName: 'Ada Lovelace' };
  it('links a change to its target’s page', () => {
    expect(activityHref({ ...base, action: 'asset.updated', targetType: 'asset' })).toBe('/orgs/o1/assets/t1');
    expect(activityHref({ ...base, action: 'credential.revealed', targetType: 'credential' })).toBe('/orgs/o1/vault/t1');
    expect(activityHref({ ...base, action: 'subnet.created', targetType: 'subnet' })).toBe('/orgs/o1/ipam/subnets/t1');
    expect(activityHref({ ...base, action: 'rack.asset_placed', targetType: 'rack' })).toBe('/orgs/o1/racks/t1');
  });

  it('opens the client’s list filtered by name for a contact or a location', () => {
    expect(activityHref({ ...base, action: 'contact.created', targetType: 'contact' })).toBe('/orgs/o1/contacts?q=Ada+Lovelace');
    expect(activityHref({ ...base, action: 'location.updated', targetType: 'location', targetName: 'Head office' })).toBe('/orgs/o1/locations?q=Head+office');
    expect(activityHref({ ...base, action: 'contact.created', targetType: 'contact', targetName: null })).toBeNull();
  });

  it('does not link a deletion, a kind without a page, or a row without a target', () => {
    expect(activityHref({ ...base, action: 'asset.deleted', targetType: 'asset' })).toBeNull();
    expect(activityHref({ ...base, action: 'member.added', targetType: 'member' })).toBeNull();
    expect(activityHref({ ...base, targetId: null, action: 'asset.created', targetType: 'asset' })).toBeNull();
  });
});
