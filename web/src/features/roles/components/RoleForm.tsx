import { useState, type FormEvent, type ReactNode } from 'react';
import Form from 'react-bootstrap/Form';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { PermissionPicker } from '../../../entities/permission/PermissionChecklist';
import { ReauthWindowField } from '../../../entities/role/ReauthWindowField';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { roleFormFields, type RoleFormField, type RoleFormValues } from '../types';

export interface RoleFormProps {
  initialValues?: Partial<RoleFormValues>;
  submitLabel: string;
  submitting: boolean;
  error?: unknown;
  /** Replaces the generic top alert (e.g. "changed by someone else"). */
  alert?: ReactNode;
  /** Built-in roles and users without roles.manage see the role without editing it. */
  readOnly?: boolean;
  /** Built-in roles still take a re-authentication window (with roles.manage). */
  windowReadOnly?: boolean;
  canGrant: (permission: string) => boolean;
  onSubmit: (values: RoleFormValues) => void;
  children?: ReactNode;
}

const empty: RoleFormValues = { name: '', description: '', permissions: [], reauthWindow: '' };

/** Name, description and permissions; 400/409 field errors go next to the fields, a 403 (a permission you do not hold) above. */
export function RoleForm({ initialValues, submitLabel, submitting, error, alert, readOnly = false, windowReadOnly = readOnly, canGrant, onSubmit, children }: RoleFormProps) {
  const [values, setValues] = useState<RoleFormValues>({ ...empty, ...initialValues });
  const errors = formErrorsOf(error, roleFormFields);
  const fieldError = (field: RoleFormField) => fieldMessage(errors, field);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!readOnly || !windowReadOnly) onSubmit(values);
  }

  return (
    <Form noValidate onSubmit={handleSubmit} aria-label="Role">
      {alert ?? <FormAlert errors={errors} />}
      <fieldset disabled={submitting}>
        <TextField
          id="role-name"
          className="mb-3"
          label="Name"
          name="name"
          maxLength={100}
          readOnly={readOnly}
          value={values.name}
          onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          error={fieldError('name')}
        />
        <TextField
          id="role-description"
          className="mb-3"
          label="Description"
          rows={2}
          name="description"
          readOnly={readOnly}
          value={values.description}
          onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
          error={fieldError('description')}
        />
        <ReauthWindowField
          id="role-reauth-window"
          value={values.reauthWindow}
          readOnly={windowReadOnly}
          onChange={(reauthWindow) => setValues((v) => ({ ...v, reauthWindow }))}
          error={fieldError('reauthWindowMinutes') ?? fieldError('clearReauthWindow')}
        />
        <h2 className="h5">Permissions</h2>
        {fieldError('permissions') && (
          <div className="invalid-feedback d-block mb-2" id="role-permissions-error">
            {fieldError('permissions')}
          </div>
        )}
        <div className="mb-4">
          <PermissionPicker
            idPrefix="perm"
            value={values.permissions}
            onChange={(permissions) => setValues((v) => ({ ...v, permissions }))}
            canGrant={canGrant}
            disabled={readOnly}
            invalid={Boolean(fieldError('permissions'))}
          />
        </div>
        {!(readOnly && windowReadOnly) && (
          <div className="d-flex flex-wrap gap-2">
            <SubmitButton pending={submitting}>{submitLabel}</SubmitButton>
            {children}
          </div>
        )}
      </fieldset>
    </Form>
  );
}
