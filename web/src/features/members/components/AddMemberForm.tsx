import { useState, type FormEvent } from 'react';
import Form from 'react-bootstrap/Form';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf, hasStatus } from '../../../lib/problem';
import { useRoleOptions } from '../../../entities/role/useRoleOptions';
import { useAddMember } from '../api/useAddMember';
import { addMemberFields, type AddMemberField, type Member } from '../types';
import { RoleCheckboxes } from './RoleCheckboxes';

/** 400/409 field errors go under the fields; a 403 (permissions you do not hold) and the rest to the alert. */
export function AddMemberForm({ orgId, onAdded }: { orgId: string; onAdded: (member: Member) => void }) {
  const [email, setEmail] = useState('');
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const roles = useRoleOptions(orgId);
  const addMember = useAddMember();
  const errors = formErrorsOf(addMember.error, addMemberFields);
  const fieldError = (field: AddMemberField) => fieldMessage(errors, field);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    addMember.mutate(
      { orgId, body: { email: email.trim(), roleIds } },
      {
        onSuccess: (member) => {
          setEmail('');
          setRoleIds([]);
          onAdded(member);
        },
      },
    );
  }

  return (
    // noValidate: the API is the source of truth for validation; its messages show per field.
    <Form noValidate onSubmit={handleSubmit} aria-label="Add member" className="border rounded p-3 mb-4">
      <h2 className="h5">Add member</h2>
      <FormAlert errors={errors} variant={hasStatus(addMember.error, 403) ? 'warning' : 'danger'} />
      <fieldset disabled={addMember.isPending}>
        <TextField
          id="add-member-email"
          className="mb-3"
          label="Email"
          type="email"
          name="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('email')}
          help="The person must already have a ClientStor account."
        />
        <fieldset className="mb-3">
          <legend className="fs-6">Roles</legend>
          <RoleCheckboxes
            idPrefix="add-member-role"
            roles={roles.data}
            loading={roles.isPending}
            error={roles.error}
            value={roleIds}
            onChange={setRoleIds}
            invalid={Boolean(fieldError('roleIds'))}
            describedBy={fieldError('roleIds') ? 'add-member-roles-error' : undefined}
          />
          {fieldError('roleIds') && (
            <div className="invalid-feedback d-block" id="add-member-roles-error">
              {fieldError('roleIds')}
            </div>
          )}
        </fieldset>
        <SubmitButton pending={addMember.isPending}>Add member</SubmitButton>
      </fieldset>
    </Form>
  );
}
