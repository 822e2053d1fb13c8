import { errorMessage, isApiError, toFormErrors, type FormErrors, type ProblemDetails } from '../../lib/problem';
import { assetFormFields, assetTypeFormFields, type AssetFormField, type AssetTypeFormField, type FieldRow } from './types';

type Messages = Record<string, string[]>;

function messagesOf(value: string[] | string): string[] {
  return (Array.isArray(value) ? value : [value]).filter((m): m is string => typeof m === 'string' && m.length > 0);
}

function add(target: Messages, key: string, messages: string[]) {
  if (messages.length > 0) target[key] = [...(target[key] ?? []), ...messages];
}

/**
 * Takes the errors whose key matches `pattern` out of the problem (handing each match to `take`), and returns
 * the problem with the others, list indices removed (`macAddresses[1]` → `macAddresses`).
 */
function splitProblem(problem: ProblemDetails, pattern: RegExp, take: (match: RegExpExecArray, messages: string[]) => void): ProblemDetails {
  const rest: Messages = {};
  for (const [key, value] of Object.entries(problem.errors ?? {})) {
    const match = pattern.exec(key);
    if (match) take(match, messagesOf(value));
    else add(rest, key.replace(/\[\d+\]/g, ''), messagesOf(value));
  }
  return { ...problem, errors: rest };
}

/** A 403 or a failure without a problem becomes one message for the alert above the form. */
const alertOnly = (error: unknown) => ({ fieldErrors: {}, formErrors: [errorMessage(error)] });

export interface AssetFormErrors extends FormErrors<AssetFormField> {
  /** Messages per custom field key (the API names them `customFields.<key>`). */
  customFields: Messages;
}

export function assetFormErrors(error: unknown): AssetFormErrors | null {
  if (!error) return null;
  if (!isApiError(error) || error.status === 403) return { ...alertOnly(error), customFields: {} };
  const customFields: Messages = {};
  const rest = splitProblem(error.problem, /^customFields\.(.+)$/i, (m, messages) => add(customFields, m[1], messages));
  // Only custom field errors: no need for the generic summary above the form.
  if (Object.keys(rest.errors ?? {}).length === 0 && Object.keys(customFields).length > 0) return { fieldErrors: {}, formErrors: [], customFields };
  return { ...toFormErrors(rest, assetFormFields), customFields };
}

export type FieldRowError = Partial<Record<keyof Omit<FieldRow, 'rowKey'>, string[]>>;

export interface AssetTypeFormErrors extends FormErrors<AssetTypeFormField> {
  /** Messages per field row (by index) and property, from keys such as `fields[0].key`. */
  rows: Record<number, FieldRowError>;
}

export function assetTypeFormErrors(error: unknown): AssetTypeFormErrors | null {
  if (!error) return null;
  if (!isApiError(error) || error.status === 403) return { ...alertOnly(error), rows: {} };
  const rows: Record<number, FieldRowError> = {};
  const rest = splitProblem(error.problem, /^fields\[(\d+)\]\.(key|label|type|required|options)$/i, (m, messages) => {
    const row = (rows[Number(m[1])] ??= {});
    const prop = m[2].toLowerCase() as keyof FieldRowError;
    row[prop] = [...(row[prop] ?? []), ...messages];
  });
  if (Object.keys(rest.errors ?? {}).length === 0 && Object.keys(rows).length > 0) return { fieldErrors: {}, formErrors: [], rows };
  return { ...toFormErrors(rest, assetTypeFormFields), rows };
}
