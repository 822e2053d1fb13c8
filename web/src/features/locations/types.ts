import type { JsonOf, paths } from '../../api/types';

export type { Location, LocationPage } from '../../entities/location/useLocations';
export type CreateLocationBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/locations']['post']['requestBody']>>;
export type UpdateLocationBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/locations/{locationId}']['patch']['requestBody']>>;

/** The fields of the location form; API field errors are matched against these. */
export const locationFormFields = ['name', 'kind', 'parentId', 'address', 'notes'] as const;
export type LocationFormField = (typeof locationFormFields)[number];
