import { useState, type FormEvent, type ReactNode } from 'react';
import Form from 'react-bootstrap/Form';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { PermissionPicker } from '../../../entities/permission/PermissionChecklist';
import { ReauthWindowField, reauthWindowChange, reauthWindowText } from '../../../entities/role/ReauthWindowField';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { platformRoleFields, type PlatformRole, type PlatformRoleField, type SavePlatformRoleBody } from '../types';

export interface PlatformRoleFormProps {
  role?: PlatformRole;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  alert?: ReactNode;
  onSubmit: (body: SavePlatformRoleBody) => void;
  children?: ReactNode;
}

/** What changed against the role (on update only what changed is sent), or every field of a new role. */
function bodyOf(role: PlatformRole | undefined, name: string, description: string, permissions: string[], window: string): SavePlatformRoleBody {
  const sorted = [...permissions].sort();
  if (!role) return { name: name.trim(), description: description.trim() || null, permissions: sorted, ...reauthWindowChange(null, window) };
  const body: SavePlatformRoleBody = { ...reauthWindowChange(role.reauthWindowMinutes, window) };
  if (name.trim() !== role.name) body.name = name.trim();
  if (description.trim() !== (role.description ?? '')) body.description = description.trim();
  if (sorted.join() !== [...role.permissions].sort().join()) body.permissions = sorted;
  return body;
}

/** Name, description, re-authentication window and permissions of a platform role; field errors under the fields. */
export function PlatformRoleForm({ role, submitLabel, pending, error, alert, onSubmit, children }: PlatformRoleFormProps) {
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [permissions, setPermissions] = useState<string[]>(role?.permissions ?? []);
  const [window, setWindow] = useState(reauthWindowText(role?.reauthWindowMinutes));
  const errors = formErrorsOf(error, platformRoleFields);
  const fieldError = (field: PlatformRoleField) => fieldMessage(errors, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(bodyOf(role, name, description, permissions, window));
  }

  return (
    <Form noValidate onSubmit={submit} aria-label="Platform role">
      {alert ?? <FormAlert errors={errors} />}
      <fieldset disabled={pending}>
        <TextField id="platform-role-name" className="mb-3" label="Name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
        <TextField
          id="platform-role-description"
          className="mb-3"
          label="Description"
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={fieldError('description')}
        />
        <ReauthWindowField
          id="platform-role-reauth"
          value={window}
          onChange={setWindow}
          error={fieldError('reauthWindowMinutes') ?? fieldError('clearReauthWindow')}
        />
        <h2 className="h5">Permissions</h2>
        <p className="text-body-secondary small">The same in every organisation where a team holds this role.</p>
        {fieldError('permissions') && <div className="invalid-feedback d-block mb-2">{fieldError('permissions')}</div>}
        <div className="mb-4">
          <PermissionPicker idPrefix="platform-perm" value={permissions} onChange={setPermissions} canGrant={() => true} invalid={Boolean(fieldError('permissions'))} />
        </div>
        <div className="d-flex flex-wrap gap-2">
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
          {children}
        </div>
      </fieldset>
    </Form>
  );
}
