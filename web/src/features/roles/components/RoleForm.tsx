import { useState, type FormEvent, type ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError, toFormErrors, type FormErrors } from '../../../lib/problem';
import { usePermissionCatalog } from '../api/usePermissionCatalog';
import { roleFormFields, type RoleFormField, type RoleFormValues } from '../types';
import { PermissionPicker } from './PermissionPicker';

/** Field errors from a 400/409 go next to the fields; a 403 (permissions you do not hold) and the rest to the alert. */
export function roleFormErrors(error: unknown): FormErrors<RoleFormField> | null {
  if (!error) return null;
  if (isApiError(error)) {
    if (error.status === 403) return { fieldErrors: {}, formErrors: [errorMessage(error)] };
    return toFormErrors(error.problem, roleFormFields);
  }
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}

export interface RoleFormProps {
  initialValues?: Partial<RoleFormValues>;
  submitLabel: string;
  submitting: boolean;
  error?: unknown;
  /** Replaces the generic top alert (e.g. "changed by someone else"). */
  alert?: ReactNode;
  /** Built-in roles and users without roles.manage see the role without editing it. */
  readOnly?: boolean;
  canGrant(permission: string): boolean;
  onSubmit(values: RoleFormValues): void;
  children?: ReactNode;
}

const empty: RoleFormValues = { name: '', description: '', permissions: [] };

export function RoleForm({ initialValues, submitLabel, submitting, error, alert, readOnly = false, canGrant, onSubmit, children }: RoleFormProps) {
  const [values, setValues] = useState<RoleFormValues>({ ...empty, ...initialValues });
  const catalog = usePermissionCatalog();
  const errors = roleFormErrors(error);
  const fieldError = (field: RoleFormField) => errors?.fieldErrors[field]?.join(' ');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!readOnly) onSubmit(values);
  }

  return (
    <Form noValidate onSubmit={handleSubmit} aria-label="Role">
      {alert ??
        (errors && errors.formErrors.length > 0 && (
          <Alert variant="danger" role="alert">
            {errors.formErrors.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </Alert>
        ))}
      <fieldset disabled={submitting}>
        <Form.Group className="mb-3" controlId="role-name">
          <Form.Label>Name</Form.Label>
          <Form.Control
            name="name"
            maxLength={100}
            readOnly={readOnly}
            value={values.name}
            onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
            isInvalid={Boolean(fieldError('name'))}
            aria-describedby={fieldError('name') ? 'role-name-error' : undefined}
          />
          <Form.Control.Feedback type="invalid" id="role-name-error">
            {fieldError('name')}
          </Form.Control.Feedback>
        </Form.Group>
        <Form.Group className="mb-3" controlId="role-description">
          <Form.Label>Description</Form.Label>
          <Form.Control
            as="textarea"
            rows={2}
            name="description"
            readOnly={readOnly}
            value={values.description}
            onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
            isInvalid={Boolean(fieldError('description'))}
            aria-describedby={fieldError('description') ? 'role-description-error' : undefined}
          />
          <Form.Control.Feedback type="invalid" id="role-description-error">
            {fieldError('description')}
          </Form.Control.Feedback>
        </Form.Group>
        <h2 className="h5">Permissions</h2>
        {fieldError('permissions') && (
          <div className="invalid-feedback d-block mb-2" id="role-permissions-error">
            {fieldError('permissions')}
          </div>
        )}
        <div className="mb-4">
          {catalog.isPending ? (
            <Spinner animation="border" size="sm" role="status">
              <span className="visually-hidden">Loading permissions…</span>
            </Spinner>
          ) : catalog.isError ? (
            <Alert variant="danger">
              Could not load the permissions: {errorMessage(catalog.error)}{' '}
              <Button variant="outline-danger" size="sm" onClick={() => catalog.refetch()}>
                Retry
              </Button>
            </Alert>
          ) : (
            <PermissionPicker
              modules={catalog.data.modules}
              value={values.permissions}
              onChange={(permissions) => setValues((v) => ({ ...v, permissions }))}
              canGrant={canGrant}
              disabled={readOnly}
              invalid={Boolean(fieldError('permissions'))}
            />
          )}
        </div>
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
