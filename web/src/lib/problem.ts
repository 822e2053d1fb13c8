/** RFC 9457 problem details as the API sends them (application/problem+json). */
export interface ProblemDetails {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  traceId?: string | null;
  errors?: Record<string, string[] | string> | null;
}

/** Thrown by the API layer for every non-2xx answer, so TanStack Query sees one error type. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails | null | undefined) {
    const p = problem ?? {};
    super(p.detail || p.title || `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = p;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isProblemDetails(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface FormErrors<TField extends string> {
  /** Messages per known form field, shown next to that field. */
  fieldErrors: Partial<Record<TField, string[]>>;
  /** Messages that belong to no visible field, shown in the alert above the form. */
  formErrors: string[];
}

// Validators may name a field "Name", "name", "$.name" or "request.Name"; the form knows "name".
function normaliseFieldName(key: string): string {
  const last = key.replace(/^\$\.?/, '').split('.').pop() ?? '';
  return last.charAt(0).toLowerCase() + last.slice(1);
}

/**
 * Splits a problem's `errors` into messages for the given form fields and the rest.
 * When no message lands on a field, the problem's detail/title becomes the form error.
 */
export function toFormErrors<TField extends string>(
  problem: ProblemDetails | null | undefined,
  fields: readonly TField[],
): FormErrors<TField> {
  const fieldErrors: Partial<Record<TField, string[]>> = {};
  const formErrors: string[] = [];
  const known = new Set<string>(fields);

  for (const [key, value] of Object.entries(problem?.errors ?? {})) {
    const messages = (Array.isArray(value) ? value : [value]).filter(
      (m): m is string => typeof m === 'string' && m.length > 0,
    );
    if (messages.length === 0) continue;
    const field = normaliseFieldName(key);
    if (known.has(field)) {
      const f = field as TField;
      fieldErrors[f] = [...(fieldErrors[f] ?? []), ...messages];
    } else {
      formErrors.push(...messages);
    }
  }

  const anyField = Object.keys(fieldErrors).length > 0;
  if (!anyField && formErrors.length === 0) {
    const summary = problem?.detail || problem?.title;
    if (summary) formErrors.push(summary);
  }
  return { fieldErrors, formErrors };
}

/** Whether the API answered with this problem type: the last segment of `type`, e.g. `reauth-required`. */
export function hasProblemType(error: unknown, type: string): boolean {
  return isApiError(error) && Boolean(error.problem.type?.endsWith(`/${type}`));
}

/** Administration from an address outside the platform's admin allowlist (Settings → Security). */
export function isAdminIpNotAllowed(error: unknown): boolean {
  return hasProblemType(error, 'admin-ip-not-allowed');
}

// The server's detail names the address; what to do about it is the SPA's to say.
const adminIpHint =
  'Connect from an allowed network, or ask an operator to remove the allowlist on the server with the command-line tool (settings clear-admin-allowlist).';

/** A one-line, human message for any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (isAdminIpNotAllowed(error)) {
      const detail = error.problem.detail || 'Administration is not allowed from your current address.';
      return `${detail} ${adminIpHint}`;
    }
    return error.problem.detail || error.problem.title || error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/**
 * A mutation's error as a form shows it: 400/409 field errors next to their fields; a 403 (a missing permission or
 * an address block), a network failure and everything else as one message in the alert above the form.
 */
export function formErrorsOf<TField extends string>(error: unknown, fields: readonly TField[]): FormErrors<TField> | null {
  if (!error) return null;
  if (isApiError(error) && error.status !== 403) return toFormErrors(error.problem, fields);
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}

/** The messages for one field, joined, or undefined when it has none. */
export function fieldMessage<TField extends string>(errors: FormErrors<TField> | null, field: TField): string | undefined {
  return errors?.fieldErrors[field]?.join(' ') || undefined;
}

/** The API answered with this status (e.g. 404 for a missing or foreign record, 412 for a stale etag). */
export function hasStatus(error: unknown, status: number): boolean {
  return isApiError(error) && error.status === status;
}
