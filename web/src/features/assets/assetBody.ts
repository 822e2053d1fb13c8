import type { AssetStatus } from '../../api/types';
import { parseList } from '../../lib/text';
import { storedCustomFields, toApiValue, toInput, type CustomFieldValue } from './customFields';
import type { Asset, AssetFormField, AssetFormValues, AssetType, CreateAssetBody, UpdateAssetBody } from './types';

export const emptyAssetForm: AssetFormValues = {
  type: '',
  name: '',
  serial: '',
  manufacturer: '',
  model: '',
  status: 'active',
  locationId: '',
  contactId: '',
  purchaseDate: '',
  warrantyExpires: '',
  notes: '',
  tags: '',
  macAddresses: '',
  customFields: {},
};

/** One MAC address per line (commas work too); the API normalises the notation. */
export function parseMacs(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((m) => m.trim()).filter((m) => m.length > 0))];
}

export function assetFormValues(asset: Asset, type: AssetType | undefined): AssetFormValues {
  const stored = storedCustomFields(asset);
  const customFields: AssetFormValues['customFields'] = {};
  for (const field of type?.fields ?? []) if (field.key) customFields[field.key] = toInput(field, stored[field.key]);
  return {
    type: asset.type,
    name: asset.name,
    serial: asset.serial ?? '',
    manufacturer: asset.manufacturer ?? '',
    model: asset.model ?? '',
    status: asset.status,
    locationId: asset.locationId ?? '',
    contactId: asset.contactId ?? '',
    purchaseDate: asset.purchaseDate ?? '',
    warrantyExpires: asset.warrantyExpires ?? '',
    notes: asset.notes ?? '',
    tags: asset.tags.join(', '),
    macAddresses: asset.macAddresses.join('\n'),
    customFields,
  };
}

// The schema types customFields as Record<string, never> (the API's Dictionary<string, JsonElement>); any JSON value is accepted.
type CustomFieldsBody = NonNullable<CreateAssetBody['customFields']>;
const asCustomFieldsBody = (values: Record<string, CustomFieldValue>) => values as unknown as CustomFieldsBody;

/** Values of the custom type's fields; empty ones are left out. */
function customValues(values: AssetFormValues, type: AssetType | undefined): Record<string, CustomFieldValue> {
  const result: Record<string, CustomFieldValue> = {};
  for (const field of type?.builtIn ? [] : (type?.fields ?? [])) {
    if (!field.key) continue;
    const value = toApiValue(field, values.customFields[field.key]);
    if (value !== null) result[field.key] = value;
  }
  return result;
}

/** `type` is the selected type's definition (its custom fields are sent). */
export function createAssetBody(values: AssetFormValues, type: AssetType | undefined): CreateAssetBody {
  const body: CreateAssetBody = { type: values.type, name: values.name.trim() };
  if (values.serial.trim()) body.serial = values.serial.trim();
  if (values.manufacturer.trim()) body.manufacturer = values.manufacturer.trim();
  if (values.model.trim()) body.model = values.model.trim();
  if (values.status) body.status = values.status as AssetStatus; // one of the form's options
  if (values.locationId) body.locationId = values.locationId;
  if (values.contactId) body.contactId = values.contactId;
  if (values.purchaseDate) body.purchaseDate = values.purchaseDate;
  if (values.warrantyExpires) body.warrantyExpires = values.warrantyExpires;
  if (values.notes.trim()) body.notes = values.notes;
  const tags = parseList(values.tags);
  if (tags.length > 0) body.tags = tags;
  const macs = parseMacs(values.macAddresses);
  if (macs.length > 0) body.macAddresses = macs;
  const custom = customValues(values, type);
  if (Object.keys(custom).length > 0) body.customFields = asCustomFieldsBody(custom);
  return body;
}

/** Fields PATCH empties only when named in `clear` (null or left out means "unchanged"). */
const clearableFields = [
  'serial',
  'manufacturer',
  'model',
  'notes',
  'locationId',
  'contactId',
  'purchaseDate',
  'warrantyExpires',
] as const satisfies readonly AssetFormField[];
type ClearableField = (typeof clearableFields)[number];

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/**
 * A partial update holding only what changed: emptied fields are named in `clear`, emptied custom fields sent as null.
 * A new type drops the stored custom values, so all of the new type's values are sent.
 */
export function updateAssetBody(asset: Asset, values: AssetFormValues, type: AssetType | undefined): UpdateAssetBody {
  const changes: UpdateAssetBody = {};
  const clear: ClearableField[] = [];
  if (values.type !== asset.type) changes.type = values.type;
  if (values.name.trim() !== asset.name) changes.name = values.name.trim();
  if (values.status !== asset.status) changes.status = values.status as AssetStatus;
  for (const key of clearableFields) {
    // Notes keep their spacing as typed; the other text fields are trimmed.
    const value = key === 'notes' ? values.notes : values[key].trim();
    const stored = asset[key] ?? '';
    if (!value.trim()) {
      if (stored) clear.push(key);
    } else if (value !== stored) {
      changes[key] = value;
    }
  }
  if (clear.length > 0) changes.clear = clear;
  const tags = parseList(values.tags);
  if (!sameSet(tags, asset.tags)) changes.tags = tags;
  const macs = parseMacs(values.macAddresses);
  if (!sameSet(macs, asset.macAddresses)) changes.macAddresses = macs;

  if (type && !type.builtIn) {
    const custom: Record<string, CustomFieldValue> = {};
    const stored = storedCustomFields(asset);
    for (const field of type.fields) {
      if (!field.key) continue;
      const value = toApiValue(field, values.customFields[field.key]);
      if (changes.type !== undefined) {
        if (value !== null) custom[field.key] = value;
      } else if (value !== toApiValue(field, toInput(field, stored[field.key]))) {
        custom[field.key] = value;
      }
    }
    if (Object.keys(custom).length > 0) changes.customFields = asCustomFieldsBody(custom);
  }
  return changes;
}
