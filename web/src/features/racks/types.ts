import type { paths } from '../../api/schema';

// Derived through paths, not component names: schema names follow the API's class names.
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

type RacksPath = paths['/api/v1/orgs/{orgId}/racks'];
type PanelsPath = paths['/api/v1/orgs/{orgId}/patch-panels'];

export type Rack = JsonOf<RacksPath['get']['responses'][200]>[number];
export type CreateRackBody = JsonOf<NonNullable<RacksPath['post']['requestBody']>>;
export type Elevation = JsonOf<paths['/api/v1/orgs/{orgId}/racks/{rackId}/elevation']['get']['responses'][200]>;
export type Placement = Elevation['placements'][number];
export type ElevationUnit = Elevation['units'][number];
export type PlaceAssetBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/racks/{rackId}/placements']['post']['requestBody']>>;

export type PatchPanel = JsonOf<PanelsPath['get']['responses'][200]>[number];
export type PatchPort = PatchPanel['ports'][number];
export type CreatePatchPanelBody = JsonOf<NonNullable<PanelsPath['post']['requestBody']>>;
export type ConnectPortBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/patch-panels/{panelId}/ports/{number}']['put']['requestBody']>>;

/** Assets and locations as the pickers see them (owned by the assets module; read here through the API only). */
export type AssetSummary = JsonOf<paths['/api/v1/orgs/{orgId}/assets']['get']['responses'][200]>['items'][number];
export type AssetDetail = JsonOf<paths['/api/v1/orgs/{orgId}/assets/{assetId}']['get']['responses'][200]>;
export type Location = JsonOf<paths['/api/v1/orgs/{orgId}/locations']['get']['responses'][200]>['items'][number];

export type Face = 'front' | 'rear';

/** The fields of each form; API field errors are matched against these. */
export const rackFormFields = ['name', 'heightU', 'locationId', 'notes'] as const;
export type RackFormField = (typeof rackFormFields)[number];

export const placementFormFields = ['assetId', 'positionU', 'heightU', 'face', 'fullDepth'] as const;
export type PlacementFormField = (typeof placementFormFields)[number];

export const panelFormFields = ['name', 'portCount', 'rackId'] as const;
export type PanelFormField = (typeof panelFormFields)[number];

export const portFormFields = ['label', 'portId', 'interfaceId'] as const;
export type PortFormField = (typeof portFormFields)[number];
