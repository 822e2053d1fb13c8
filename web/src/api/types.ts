import type { components, paths } from './schema';

export type { paths };

/** The sets of values the API accepts for enum-like fields and filters (named enums in the OpenAPI document). */
type Schemas = components['schemas'];
export type AssetStatus = Schemas['AssetStatus'];
export type LocationKind = Schemas['LocationKind'];
export type AuditCategoryValue = Schemas['AuditCategory'];
export type AuditOutcomeValue = Schemas['AuditOutcome'];
export type AuditBucket = Schemas['AuditBucket'];
export type IpAddressStatus = Schemas['IpAddressStatus'];

/**
 * The JSON body of a response or request body in the generated schema. Types are derived through `paths`, not
 * component names: schema names follow the API's class names, paths are the contract.
 */
export type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
