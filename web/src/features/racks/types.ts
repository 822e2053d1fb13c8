import type { JsonOf, paths } from '../../api/types';

type RacksPath = paths['/api/v1/orgs/{orgId}/racks'];
type PanelsPath = paths['/api/v1/orgs/{orgId}/patch-panels'];

export type RackPage = JsonOf<RacksPath['get']['responses'][200]>;
export type Rack = RackPage['items'][number];
export type CreateRackBody = JsonOf<NonNullable<RacksPath['post']['requestBody']>>;
export type Elevation = JsonOf<paths['/api/v1/orgs/{orgId}/racks/{rackId}/elevation']['get']['responses'][200]>;
export type Placement = Elevation['placements'][number];
export type ElevationUnit = Elevation['units'][number];
export type ElevationPanel = Elevation['panels'][number];
export type PlaceAssetBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/racks/{rackId}/placements']['post']['requestBody']>>;

export type PatchPanelPage = JsonOf<PanelsPath['get']['responses'][200]>;
export type PatchPanel = PatchPanelPage['items'][number];
export type PatchPort = PatchPanel['ports'][number];
export type CreatePatchPanelBody = JsonOf<NonNullable<PanelsPath['post']['requestBody']>>;
export type ConnectPortBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/patch-panels/{panelId}/ports/{number}']['put']['requestBody']>>;

export type Face = 'front' | 'rear';

/** The fields of each form; API field errors are matched against these. */
export const rackFormFields = ['name', 'heightU', 'locationId', 'notes'] as const;
export type RackFormField = (typeof rackFormFields)[number];

export const placementFormFields = ['assetId', 'positionU', 'heightU', 'face', 'fullDepth'] as const;
export type PlacementFormField = (typeof placementFormFields)[number];

export const panelFormFields = ['name', 'portCount', 'rackId', 'positionU', 'face'] as const;
export type PanelFormField = (typeof panelFormFields)[number];

export const portFormFields = ['label', 'portId', 'interfaceId'] as const;
export type PortFormField = (typeof portFormFields)[number];
