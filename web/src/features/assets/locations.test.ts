import { describe, expect, it } from 'vitest';
import { locationLabel, locationTree } from './locations';
import { branch, headOffice, locations, rackRoom } from './testData';

describe('locations', () => {
  it('orders sites by name with their closets under them; orphaned closets come last', () => {
    const orphan = { ...rackRoom, id: 'l-orphan', name: 'Attic', parentId: 'gone' };
    expect(locationTree([...locations, orphan]).map((n) => [n.location.name, n.depth])).toEqual([
      ['Branch', 0],
      ['Head office', 0],
      ['Rack room', 1],
      ['Attic', 0],
    ]);
  });

  it('names a closet with its site', () => {
    expect(locationLabel('l-rack', locations)).toBe('Head office › Rack room');
    expect(locationLabel(headOffice.id, locations)).toBe('Head office');
    expect(locationLabel(branch.id, [])).toBeNull();
    expect(locationLabel(null, locations)).toBeNull();
  });
});
