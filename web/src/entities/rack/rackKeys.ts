/** A page of racks: a server search by name (`q`), optionally at one location. */
export interface RackListParams {
  q: string;
  locationId: string;
  cursor: string | null;
  limit: number;
  /** `name` (the API's default, left out) or `-name`. */
  sort?: string;
}

/** A page of patch panels, searched by name (`q`). */
export interface PanelListParams {
  q: string;
  cursor: string | null;
  limit: number;
}

/** Racks, their elevations and the patch panels; elevations and ports name the assets in them. */
export const rackKeys = {
  all: (orgId: string) => ['racks', orgId] as const,
  /** Lists and elevations: usage changes whenever an asset is mounted or removed. */
  racks: (orgId: string) => [...rackKeys.all(orgId), 'racks'] as const,
  list: (orgId: string, params: RackListParams) => [...rackKeys.racks(orgId), 'list', params] as const,
  elevation: (orgId: string, rackId: string) => [...rackKeys.racks(orgId), 'elevation', rackId] as const,
  /** Every page and search of the panels with their ports: patching one port changes the other end's panel too. */
  panels: (orgId: string) => [...rackKeys.all(orgId), 'panels'] as const,
  panelList: (orgId: string, params: PanelListParams) => [...rackKeys.panels(orgId), 'list', params] as const,
};
