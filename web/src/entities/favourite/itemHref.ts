/** Where a favourite or recent item opens: its own page, or the client's list filtered to it where it has none. */
export function itemHref(item: { type: string; id: string; orgId: string; title: string }): string {
  const org = `/orgs/${item.orgId}`;
  const filtered = (list: string) => `${org}/${list}?${new URLSearchParams({ q: item.title })}`;
  switch (item.type) {
    case 'asset':
      return `${org}/assets/${item.id}`;
    case 'credential':
      return `${org}/vault/${item.id}`;
    case 'contact':
      return filtered('contacts');
    case 'location':
      return filtered('locations');
    case 'subnet':
      return `${org}/ipam/subnets/${item.id}`;
    case 'rack':
      return `${org}/racks/${item.id}`;
    default:
      return org;
  }
}

const typeNames: Record<string, string> = {
  org: 'Client',
  asset: 'Asset',
  credential: 'Credential',
  contact: 'Contact',
  location: 'Location',
  subnet: 'Subnet',
  rack: 'Rack',
};

/** "Client", "Asset", "Credential"…: what a list says an item is. */
export function itemTypeName(type: string): string {
  return typeNames[type] ?? type;
}
