import type { OrgOverview } from './api/useOrgOverview';

export type Counts = OrgOverview['counts'];
export type ActivityItem = NonNullable<OrgOverview['recentChanges']>[number];
export type Warranty = NonNullable<OrgOverview['expiringWarranties']>['items'][number];

/** One figure of a client's overview, linking to the tab that lists it. */
export interface CountTile {
  label: string;
  value: number;
  href: string;
  /** A second line: the assets by status, the subnets' addresses. */
  detail?: string;
}


const statusNames: Record<string, string> = { planned: 'planned', active: 'active', 'in-repair': 'in repair', spare: 'spare', retired: 'retired' };

/**
 * The overview's figures in the tabs' order, leaving out those the person may not read (null from the API). The
 * assets' line names the statuses that have any: "12 active · 1 in repair".
 */
export function countTiles(orgId: string, counts: Counts): CountTile[] {
  const org = `/orgs/${orgId}`;
  const tiles: CountTile[] = [];
  if (counts.assets) {
    const byStatus = counts.assets.byStatus.filter((s) => s.count > 0).map((s) => `${s.count} ${statusNames[s.status] ?? s.status}`);
    tiles.push({ label: 'Assets', value: counts.assets.total, href: `${org}/assets`, detail: byStatus.join(' · ') || undefined });
  }
  if (counts.credentials != null) tiles.push({ label: 'Credentials', value: counts.credentials, href: `${org}/vault` });
  if (counts.subnets != null) {
    const addresses = counts.ipAddresses != null ? `${counts.ipAddresses} IP ${counts.ipAddresses === 1 ? 'address' : 'addresses'}` : undefined;
    tiles.push({ label: 'Subnets', value: counts.subnets, href: `${org}/ipam`, detail: addresses });
  }
  if (counts.racks != null) tiles.push({ label: 'Racks', value: counts.racks, href: `${org}/racks` });
  if (counts.contacts != null) tiles.push({ label: 'Contacts', value: counts.contacts, href: `${org}/contacts` });
  if (counts.locations != null) tiles.push({ label: 'Locations', value: counts.locations, href: `${org}/locations` });
  return tiles;
}

/** When a warranty ends, in words: "Ended 3 days ago", "Ends today", "Ends tomorrow", "Ends in 40 days". */
export function warrantyWhen({ daysLeft }: Pick<Warranty, 'daysLeft'>): string {
  if (daysLeft < -1) return `Ended ${-daysLeft} days ago`;
  if (daysLeft === -1) return 'Ended yesterday';
  if (daysLeft === 0) return 'Ends today';
  if (daysLeft === 1) return 'Ends tomorrow';
  return `Ends in ${daysLeft} days`;
}

/**
 * Where an activity row's target opens, when it still can: its page, or for a contact or location (no page of their
 * own) the client's list filtered by its name; never for a deletion, nor for kinds without a page.
 */
export function activityHref(item: Pick<ActivityItem, 'orgId' | 'action' | 'targetType' | 'targetId' | 'targetName'>): string | null {
  if (!item.targetId || item.action.endsWith('.deleted')) return null;
  const org = `/orgs/${item.orgId}`;
  switch (item.targetType) {
    case 'contact':
    case 'location':
      return item.targetName ? `${org}/${item.targetType}s?${new URLSearchParams({ q: item.targetName })}` : null;
    case 'asset':
      return `${org}/assets/${item.targetId}`;
    case 'credential':
      return `${org}/vault/${item.targetId}`;
    case 'subnet':
      return `${org}/ipam/subnets/${item.targetId}`;
    case 'rack':
      return `${org}/racks/${item.targetId}`;
    case 'org':
    case 'organisation':
      return org;
    default:
      return null;
  }
}

/** A client's figures on the home dashboard, each linking to its tab; those the person may not read are left out. */
export function clientCounts(client: {
  orgId: string;
  assets: number | null;
  credentials: number | null;
  subnets: number | null;
  racks: number | null;
}): CountTile[] {
  const org = `/orgs/${client.orgId}`;
  const all: [number | null, string, string][] = [
    [client.assets, 'asset', 'assets'],
    [client.credentials, 'credential', 'vault'],
    [client.subnets, 'subnet', 'ipam'],
    [client.racks, 'rack', 'racks'],
  ];
  return all
    .filter((entry): entry is [number, string, string] => entry[0] != null)
    .map(([value, noun, tab]) => ({ label: value === 1 ? noun : `${noun}s`, value, href: `${org}/${tab}` }));
}
