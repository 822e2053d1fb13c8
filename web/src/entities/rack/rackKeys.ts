/** Racks, their elevations and the patch panels; elevations and ports name the assets in them. */
export const rackKeys = {
  all: (orgId: string) => ['racks', orgId] as const,
  /** Lists and elevations: usage changes whenever an asset is mounted or removed. */
  racks: (orgId: string) => [...rackKeys.all(orgId), 'racks'] as const,
  list: (orgId: string, locationId: string) => [...rackKeys.racks(orgId), 'list', locationId] as const,
  elevation: (orgId: string, rackId: string) => [...rackKeys.racks(orgId), 'elevation', rackId] as const,
  panels: (orgId: string) => [...rackKeys.all(orgId), 'panels'] as const,
};
