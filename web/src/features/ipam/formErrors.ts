import { errorMessage, isApiError, toFormErrors, type FormErrors } from '../../lib/problem';

/** 400/409 field errors go next to their fields; a 403 and everything else to the alert above the form. */
export function ipamFormErrors<TField extends string>(error: unknown, fields: readonly TField[]): FormErrors<TField> | null {
  if (!error) return null;
  if (isApiError(error) && error.status !== 403) return toFormErrors(error.problem, fields);
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}
