import type { Subnet } from './types';

export interface SubnetNode {
  subnet: Subnet;
  /** 0 for subnets whose parent is not in the list. */
  depth: number;
  hasChildren: boolean;
}

/**
 * Subnets in tree order: each followed by the subnets it contains (parentId is the most specific containing subnet).
 * Siblings keep the server's network order. A subnet whose parent is not in the list (another page, filtered out)
 * shows at the top level.
 */
export function subnetTree(subnets: readonly Subnet[]): SubnetNode[] {
  const ids = new Set(subnets.map((s) => s.id));
  const children = new Map<string | null, Subnet[]>();
  for (const subnet of subnets) {
    const parent = subnet.parentId && ids.has(subnet.parentId) && subnet.parentId !== subnet.id ? subnet.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), subnet]);
  }
  const nodes: SubnetNode[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const subnet of children.get(parent) ?? []) {
      if (seen.has(subnet.id)) continue;
      seen.add(subnet.id);
      nodes.push({ subnet, depth, hasChildren: (children.get(subnet.id) ?? []).length > 0 });
      visit(subnet.id, depth + 1);
    }
  };
  visit(null, 0);
  // A parent cycle (bad data) would hide its subnets: show whatever is left at the top level.
  for (const subnet of subnets) {
    if (seen.has(subnet.id)) continue;
    seen.add(subnet.id);
    nodes.push({ subnet, depth: 0, hasChildren: (children.get(subnet.id) ?? []).length > 0 });
    visit(subnet.id, 1);
  }
  return nodes;
}
