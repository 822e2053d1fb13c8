import { errorMessage, isApiError, toFormErrors, type FormErrors } from '../../lib/problem';

/** A mutation's error as messages per form field and the rest; 403 and network errors become one form message. */
export function formErrorsOf<TField extends string>(error: unknown, fields: readonly TField[]): FormErrors<TField> | null {
  if (!error) return null;
  if (isApiError(error) && error.status !== 403) return toFormErrors(error.problem, fields);
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}

/** The messages for one field, joined, or undefined when it has none. */
export function fieldMessage<TField extends string>(errors: FormErrors<TField> | null, field: TField): string | undefined {
  return errors?.fieldErrors[field]?.join(' ') || undefined;
}
