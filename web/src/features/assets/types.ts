import type { JsonOf, paths } from '../../api/types';
import type { AssetDetail } from '../../entities/asset/types';

// The asset itself, its list parameters and the locations are shared with IPAM and the racks (src/entities).
export type { Asset, AssetDetail, AssetFilters, AssetInterface, AssetListParams, AssetPage, AssetSort } from '../../entities/asset/types';
export { assetSorts } from '../../entities/asset/types';
export type { Location, LocationPage } from '../../entities/location/useLocations';
export type { Contact, ContactPage } from '../../entities/contact/useContacts';

type AssetsPath = paths['/api/v1/orgs/{orgId}/assets'];
type AssetPath = paths['/api/v1/orgs/{orgId}/assets/{assetId}'];

export type AssetRelation = AssetDetail['relations'][number];
export type CreateAssetBody = JsonOf<NonNullable<AssetsPath['post']['requestBody']>>;
export type UpdateAssetBody = JsonOf<NonNullable<AssetPath['patch']['requestBody']>>;
export type CreateInterfaceBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/assets/{assetId}/interfaces']['post']['requestBody']>>;
export type CreateRelationBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/assets/{assetId}/relations']['post']['requestBody']>>;

type ImportPath = paths['/api/v1/orgs/{orgId}/assets/import.csv'];
export type AssetImportReport = JsonOf<ImportPath['post']['responses'][200]>;
export type AssetImportError = AssetImportReport['errors'][number];

export type AssetType = JsonOf<paths['/api/v1/orgs/{orgId}/asset-types']['get']['responses'][200]>[number];
export type CustomFieldDefinition = AssetType['fields'][number];
/** An organisation's own type: built-in ones have neither id nor etag, and cannot be deleted. */
export type CustomAssetType = AssetType & { id: string; etag: string };

export function isCustomAssetType(type: AssetType): type is CustomAssetType {
  return type.id !== null && type.etag !== null;
}
export type CreateAssetTypeBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/asset-types']['post']['requestBody']>>;


export const assetStatuses = [
  { value: 'planned', label: 'Planned', bg: 'info' },
  { value: 'active', label: 'Active', bg: 'success' },
  { value: 'in-repair', label: 'In repair', bg: 'warning' },
  { value: 'spare', label: 'Spare', bg: 'secondary' },
  { value: 'retired', label: 'Retired', bg: 'dark' },
] as const;

export const relationKinds = [
  { value: 'connected-to', outgoing: 'Connected to', incoming: 'Connected from' },
  { value: 'depends-on', outgoing: 'Depends on', incoming: 'Needed by' },
  { value: 'runs-on', outgoing: 'Runs on', incoming: 'Hosts' },
  { value: 'backs-up', outgoing: 'Backs up', incoming: 'Backed up by' },
  { value: 'member-of', outgoing: 'Member of', incoming: 'Has member' },
  { value: 'powered-by', outgoing: 'Powered by', incoming: 'Powers' },
] as const;
export type RelationKind = (typeof relationKinds)[number]['value'];

export const customFieldTypes = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'date', label: 'Date' },
  { value: 'bool', label: 'Yes/no' },
  { value: 'select', label: 'Choice' },
  { value: 'url', label: 'URL' },
] as const;
export type CustomFieldType = (typeof customFieldTypes)[number]['value'];

/** `all`: nothing is written unless every row is valid; `partial`: valid rows are written, invalid ones reported. */
export const assetImportModes = [
  { value: 'all', label: 'All rows or nothing' },
  { value: 'partial', label: 'Valid rows only' },
] as const;
export type AssetImportMode = (typeof assetImportModes)[number]['value'];

/** The fields of the asset form; API field errors are matched against these. */
export const assetFormFields = [
  'type',
  'name',
  'serial',
  'manufacturer',
  'model',
  'status',
  'locationId',
  'contactId',
  'purchaseDate',
  'warrantyExpires',
  'notes',
  'tags',
  'macAddresses',
  'customFields',
] as const;
export type AssetFormField = (typeof assetFormFields)[number];

/** A custom field as typed in the form: text for every input except the checkbox. */
export type CustomFieldInput = string | boolean;

export interface AssetFormValues {
  type: string;
  name: string;
  serial: string;
  manufacturer: string;
  model: string;
  status: string;
  locationId: string;
  contactId: string;
  purchaseDate: string;
  warrantyExpires: string;
  notes: string;
  /** Comma separated, as typed. */
  tags: string;
  /** One per line, as typed. */
  macAddresses: string;
  /** By field key; kept across type changes so switching back restores what was typed. */
  customFields: Record<string, CustomFieldInput>;
}

export const interfaceFormFields = ['name', 'macAddress', 'description'] as const;
export type InterfaceFormField = (typeof interfaceFormFields)[number];

export const assetTypeFormFields = ['key', 'name', 'fields'] as const;
export type AssetTypeFormField = (typeof assetTypeFormFields)[number];

export interface FieldRow {
  /** Stable React key; never sent. */
  rowKey: string;
  key: string;
  label: string;
  type: CustomFieldType;
  required: boolean;
  /** Comma separated, as typed (select fields only). */
  options: string;
}
