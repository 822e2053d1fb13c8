import type { Location } from './types';

export interface LocationNode {
  location: Location;
  /** 0 for sites (and closets whose site is unknown), 1 for closets under their site. */
  depth: number;
}

/** Sites by name, each followed by its closets; closets whose site is not in the list come last. */
export function locationTree(locations: readonly Location[]): LocationNode[] {
  const byName = (a: Location, b: Location) => a.name.localeCompare(b.name);
  const sites = locations.filter((l) => l.kind !== 'closet').sort(byName);
  const siteIds = new Set(sites.map((s) => s.id));
  const nodes: LocationNode[] = [];
  for (const site of sites) {
    nodes.push({ location: site, depth: 0 });
    for (const closet of locations.filter((l) => l.kind === 'closet' && l.parentId === site.id).sort(byName)) nodes.push({ location: closet, depth: 1 });
  }
  for (const orphan of locations.filter((l) => l.kind === 'closet' && !(l.parentId && siteIds.has(l.parentId))).sort(byName))
    nodes.push({ location: orphan, depth: 0 });
  return nodes;
}

/** "Head office › Closet 2" for a closet, the name for a site; null when the id is unknown. */
export function locationLabel(id: string | null | undefined, locations: readonly Location[] | undefined): string | null {
  if (!id) return null;
  const location = locations?.find((l) => l.id === id);
  if (!location) return null;
  const site = location.kind === 'closet' && location.parentId ? locations?.find((l) => l.id === location.parentId) : undefined;
  return site ? `${site.name} › ${location.name}` : location.name;
}
