import { useState, type FormEvent, type ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError, toFormErrors, type FormErrors } from '../../../lib/problem';
import { orgFormFields, type OrgFormField, type OrgFormValues } from '../types';

/** Field errors from a 400/409 problem go next to the fields; everything else to the top alert. */
export function orgFormErrors(error: unknown): FormErrors<OrgFormField> | null {
  if (!error) return null;
  if (isApiError(error)) return toFormErrors(error.problem, orgFormFields);
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}

export interface OrgFormProps {
  initialValues?: Partial<OrgFormValues>;
  submitLabel: string;
  submitting: boolean;
  /** The last mutation error, if any. */
  error?: unknown;
  /** Replaces the generic top alert (e.g. the edit page's "changed by someone else"). */
  alert?: ReactNode;
  onSubmit(values: OrgFormValues): void;
  /** Extra actions shown beside the submit button. */
  children?: ReactNode;
  /** Shows the values without letting them be edited (no settings.manage); hides the actions. */
  readOnly?: boolean;
}

const empty: OrgFormValues = { name: '', slug: '', notes: '' };

export function OrgForm({ initialValues, submitLabel, submitting, error, alert, onSubmit, children, readOnly = false }: OrgFormProps) {
  const [values, setValues] = useState<OrgFormValues>({ ...empty, ...initialValues });
  const errors = orgFormErrors(error);

  const set = (field: OrgFormField) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!readOnly) onSubmit(values);
  }

  const fieldError = (field: OrgFormField) => errors?.fieldErrors[field]?.join(' ');

  return (
    // noValidate: the API is the source of truth for validation; its messages show per field.
    <Form noValidate onSubmit={handleSubmit} aria-label="Organisation">
      {alert ??
        (errors && errors.formErrors.length > 0 && (
          <Alert variant="danger" role="alert">
            {errors.formErrors.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </Alert>
        ))}
      <fieldset disabled={submitting || readOnly}>
        <Form.Group className="mb-3" controlId="org-name">
          <Form.Label>Name</Form.Label>
          <Form.Control
            name="name"
            required
            maxLength={200}
            value={values.name}
            onChange={set('name')}
            isInvalid={Boolean(fieldError('name'))}
            aria-describedby={fieldError('name') ? 'org-name-error' : undefined}
          />
          <Form.Control.Feedback type="invalid" id="org-name-error">
            {fieldError('name')}
          </Form.Control.Feedback>
        </Form.Group>
        <Form.Group className="mb-3" controlId="org-slug">
          <Form.Label>Slug</Form.Label>
          <Form.Control
            name="slug"
            value={values.slug}
            onChange={set('slug')}
            isInvalid={Boolean(fieldError('slug'))}
            aria-describedby={fieldError('slug') ? 'org-slug-error org-slug-help' : 'org-slug-help'}
          />
          <Form.Text id="org-slug-help" muted>
            Lowercase letters, digits and hyphens. Leave empty to derive it from the name.
          </Form.Text>
          <Form.Control.Feedback type="invalid" id="org-slug-error">
            {fieldError('slug')}
          </Form.Control.Feedback>
        </Form.Group>
        <Form.Group className="mb-4" controlId="org-notes">
          <Form.Label>Notes</Form.Label>
          <Form.Control
            as="textarea"
            rows={4}
            name="notes"
            value={values.notes}
            onChange={set('notes')}
            isInvalid={Boolean(fieldError('notes'))}
            aria-describedby={fieldError('notes') ? 'org-notes-error' : undefined}
          />
          <Form.Control.Feedback type="invalid" id="org-notes-error">
            {fieldError('notes')}
          </Form.Control.Feedback>
        </Form.Group>
        {!readOnly && (
          <div className="d-flex flex-wrap gap-2">
            <Button type="submit" variant="primary">
              {submitting && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
              {submitLabel}
            </Button>
            {children}
          </div>
        )}
      </fieldset>
    </Form>
  );
}
