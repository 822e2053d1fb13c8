import { describe, expect, it } from 'vitest';
import { itemHref, itemTypeName } from './itemHref';

const item = (type: string, title = 'Main office') => ({ type, id: 'i1', orgId: 'o1', title });

describe('itemHref', () => {
  it('opens an item’s own page, a client its overview', () => {
    expect(itemHref(item('org'))).toBe('/orgs/o1');
    expect(itemHref(item('asset'))).toBe('/orgs/o1/assets/i1');
    expect(itemHref(item('credential'))).toBe('/orgs/o1/vault/i1');
    expect(itemHref(item('subnet'))).toBe('/orgs/o1/ipam/subnets/i1');
    expect(itemHref(item('rack'))).toBe('/orgs/o1/racks/i1');
  });

  it('opens the client’s list filtered to a contact or location (they have no page of their own)', () => {
    expect(itemHref(item('contact', 'Ada Lovelace'))).toBe('/orgs/o1/contacts?q=Ada+Lovelace');
    expect(itemHref(item('location'))).toBe('/orgs/o1/locations?q=Main+office');
  });

  it('names the kinds for people', () => {
    expect(itemTypeName('org')).toBe('Client');
    expect(itemTypeName('credential')).toBe('Credential');
  });
});
