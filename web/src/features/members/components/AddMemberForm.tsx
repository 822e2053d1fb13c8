import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError, toFormErrors, type FormErrors } from '../../../lib/problem';
import { useAddMember } from '../api/useAddMember';
import { useRoleOptions } from '../api/useRoleOptions';
import { addMemberFields, type AddMemberField, type Member } from '../types';
import { RoleCheckboxes } from './RoleCheckboxes';

/** 400/409 field errors go under the fields; a 403 (permissions you do not hold) and the rest to the alert. */
export function addMemberErrors(error: unknown): FormErrors<AddMemberField> | null {
  if (!error) return null;
  if (isApiError(error)) {
    if (error.status === 403) return { fieldErrors: {}, formErrors: [errorMessage(error)] };
    return toFormErrors(error.problem, addMemberFields);
  }
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}

export function AddMemberForm({ orgId, onAdded }: { orgId: string; onAdded(member: Member): void }) {
  const [email, setEmail] = useState('');
  const [roleIds, setRoleIds] = useState<string[]>([]);
  const roles = useRoleOptions(orgId);
  const addMember = useAddMember();
  const errors = addMemberErrors(addMember.error);
  const fieldError = (field: AddMemberField) => errors?.fieldErrors[field]?.join(' ');

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
      {errors && errors.formErrors.length > 0 && (
        <Alert variant={isApiError(addMember.error) && addMember.error.status === 403 ? 'warning' : 'danger'} role="alert">
          {errors.formErrors.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </Alert>
      )}
      <fieldset disabled={addMember.isPending}>
        <Form.Group className="mb-3" controlId="add-member-email">
          <Form.Label>Email</Form.Label>
          <Form.Control
            type="email"
            name="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            isInvalid={Boolean(fieldError('email'))}
            aria-describedby={fieldError('email') ? 'add-member-email-error add-member-email-help' : 'add-member-email-help'}
          />
          <Form.Text id="add-member-email-help" muted>
            The person must already have a ClientStor account.
          </Form.Text>
          <Form.Control.Feedback type="invalid" id="add-member-email-error">
            {fieldError('email')}
          </Form.Control.Feedback>
        </Form.Group>
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
        <Button type="submit" variant="primary">
          {addMember.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
          Add member
        </Button>
      </fieldset>
    </Form>
  );
}
