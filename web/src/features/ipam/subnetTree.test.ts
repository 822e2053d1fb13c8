import { describe, expect, it } from 'vitest';
import { subnetTree } from './subnetTree';
import { subnetCampus, subnetMgmt, subnets, subnetServers, subnetV6 } from './testData';

const shape = (list: Parameters<typeof subnetTree>[0]) => subnetTree(list).map((n) => [n.subnet.network, n.depth, n.hasChildren]);

describe('subnetTree', () => {
  it('indents each subnet under its parentId and keeps network order among siblings', () => {
    const sibling = { ...subnetServers, id: 's-dmz', network: '10.0.2.0/24', name: 'DMZ', parentId: 's-campus' };
    expect(shape([subnetCampus, subnetServers, subnetMgmt, sibling, subnetV6])).toEqual([
      ['10.0.0.0/16', 0, true],
      ['10.0.1.0/24', 1, true],
      ['10.0.1.0/28', 2, false],
      ['10.0.2.0/24', 1, false],
      ['2001:db8::/64', 0, false],
    ]);
  });

  it('places children after their parent even when the list has them first', () => {
    expect(shape([subnetMgmt, subnetServers, subnetCampus])).toEqual([
      ['10.0.0.0/16', 0, true],
      ['10.0.1.0/24', 1, true],
      ['10.0.1.0/28', 2, false],
    ]);
  });

  it('shows a subnet whose parent is not in the list (another page, a search) at the top level', () => {
    expect(shape([subnetMgmt, subnetV6])).toEqual([
      ['10.0.1.0/28', 0, false],
      ['2001:db8::/64', 0, false],
    ]);
  });

  it('survives a parent cycle without losing subnets', () => {
    const a = { ...subnetServers, id: 'a', parentId: 'b' };
    const b = { ...subnetMgmt, id: 'b', parentId: 'a' };
    expect(subnetTree([a, b]).map((n) => n.subnet.id).sort()).toEqual(['a', 'b']);
    expect(subnetTree(subnets)).toHaveLength(4);
  });
});
