import { asText } from '../../lib/text';
import type { Asset, CustomFieldDefinition, CustomFieldInput } from './types';

export type CustomFieldValue = string | number | boolean | null;

/** The asset's stored custom values by key (the API sends an object, or null for none). */
export function storedCustomFields(asset: Pick<Asset, 'customFields'>): Record<string, unknown> {
  const value = asset.customFields;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** What the form's input shows for a stored value. */
export function toInput(field: CustomFieldDefinition, stored: unknown): CustomFieldInput {
  if (field.type === 'bool') return stored === true || stored === 'true';
  return asText(stored);
}

/**
 * What the API receives for a typed value: booleans for checkboxes, numbers for valid numbers,
 * null for an emptied field (which clears it); anything else as typed, so the API can say what is wrong.
 */
export function toApiValue(field: CustomFieldDefinition, input: CustomFieldInput | undefined): CustomFieldValue {
  if (field.type === 'bool') return input === true;
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return null;
  if (field.type === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** Input id of a custom field; keys are letters, digits and '_', so they are safe in ids. */
export function customFieldId(key: string): string {
  return `asset-cf-${key}`;
}

