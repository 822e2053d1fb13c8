import type { JsonOf, paths } from '../../api/types';

type Plans = '/api/v1/orgs/{orgId}/docs/floor-plans';

export type FloorPlan = JsonOf<paths[`${Plans}/{floorPlanId}`]['get']['responses'][200]>;
export type FloorPlanPage = JsonOf<paths[Plans]['get']['responses'][200]>;
export type FloorPlanSummary = FloorPlanPage['items'][number];
export type FloorPlanPin = FloorPlan['pins'][number];
export type FloorPlanRoom = FloorPlan['rooms'][number];
export type FloorPlanDrawing = NonNullable<FloorPlan['drawing']>;
export type FloorPlanRevisionPage = JsonOf<paths[`${Plans}/{floorPlanId}/revisions`]['get']['responses'][200]>;
export type FloorPlanRevision = FloorPlanRevisionPage['items'][number];
export type FloorPlanRevisionContent = JsonOf<paths[`${Plans}/{floorPlanId}/revisions/{number}`]['get']['responses'][200]>;
export type CreateFloorPlanBody = JsonOf<NonNullable<paths[Plans]['post']['requestBody']>>;
export type UpdateFloorPlanBody = JsonOf<NonNullable<paths[`${Plans}/{floorPlanId}`]['patch']['requestBody']>>;
export type PinsBody = JsonOf<NonNullable<paths[`${Plans}/{floorPlanId}/pins`]['put']['requestBody']>>;
/** A pin as the API takes it. */
export type PinInput = NonNullable<PinsBody['pins']>[number];

export type PinKind = 'asset' | 'rack' | 'drop';
/** What a pin shows as: an access point is an asset pin whose asset is of that type. */
export type PinLook = 'asset' | 'access-point' | 'rack' | 'drop';

export interface FloorPlanListParams {
  q: string;
  locationId: string;
  assetId: string;
  rackId: string;
  sort: string;
  cursor: string | null;
  limit: number;
}
