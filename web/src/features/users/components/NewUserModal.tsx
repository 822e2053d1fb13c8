import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { PasswordStrength } from '../../../components/PasswordStrength';
import { useOrgOptions } from '../../../entities/org/useOrgOptions';
import { strengthInputs } from '../../../lib/passwordStrength';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreateUser } from '../api/useCreateUser';
import { createUserFields, type CreateUserBody, type CreateUserField, type User } from '../types';

interface Values {
  email: string;
  displayName: string;
  password: string;
  isGlobalAdmin: boolean;
  mustChangePassword: boolean;
}

const empty: Values = { email: '', displayName: '', password: '', isGlobalAdmin: false, mustChangePassword: true };

/** Creates a user; 400 and 409 field errors (email taken, weak password) show under the fields. */
export function NewUserModal({ show, onClose, onCreated }: { show: boolean; onClose: () => void; onCreated: (user: User) => void }) {
  const createUser = useCreateUser();
  const [values, setValues] = useState<Values>(empty);
  const errors = formErrorsOf(createUser.error, createUserFields);
  const fieldError = (field: CreateUserField) => fieldMessage(errors, field);
  // The API judges the password by what an attacker knows of the user: what is typed above, and every organisation.
  const orgs = useOrgOptions(show).data;
  const userInputs = strengthInputs(values.email, values.displayName, ...(orgs?.map((o) => o.name) ?? []));

  const close = () => {
    setValues(empty);
    createUser.reset();
    onClose();
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: CreateUserBody = {
      email: values.email.trim(),
      password: values.password,
      isGlobalAdmin: values.isGlobalAdmin,
      mustChangePassword: values.mustChangePassword,
    };
    if (values.displayName.trim()) body.displayName = values.displayName.trim();
    createUser.mutate(body, {
      onSuccess: (user) => {
        setValues(empty);
        createUser.reset();
        onCreated(user);
      },
    });
  }

  const text = (field: 'email' | 'displayName' | 'password') => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  return (
    <Modal show={show} onHide={close} aria-labelledby="new-user-title">
      <Form noValidate onSubmit={handleSubmit} aria-label="New user">
        <Modal.Header closeButton>
          <Modal.Title id="new-user-title">New user</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <FormAlert errors={errors} />
          <TextField id="new-user-email" className="mb-3" label="Email" type="email" autoComplete="off" value={values.email} onChange={text('email')} required error={fieldError('email')} />
          <TextField id="new-user-displayName" className="mb-3" label="Display name" value={values.displayName} onChange={text('displayName')} error={fieldError('displayName')} />
          <TextField
            id="new-user-password"
            className="mb-3"
            label="Initial password"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={text('password')}
            required
            error={fieldError('password')}
            help="At least 12 characters and hard to guess. Give it to the user through a separate, safe channel."
            describedBy={values.password ? 'new-user-password-strength' : undefined}
            after={<PasswordStrength id="new-user-password-strength" password={values.password} userInputs={userInputs} />}
          />
          <Form.Check
            id="new-user-isGlobalAdmin"
            className="mb-2"
            label="Global administrator (every permission in every organisation)"
            checked={values.isGlobalAdmin}
            onChange={(e) => setValues((v) => ({ ...v, isGlobalAdmin: e.target.checked }))}
          />
          <Form.Check
            id="new-user-mustChangePassword"
            label="Must change the password at first sign-in"
            checked={values.mustChangePassword}
            onChange={(e) => setValues((v) => ({ ...v, mustChangePassword: e.target.checked }))}
          />
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <SubmitButton pending={createUser.isPending} disabled={createUser.isPending}>
            Create user
          </SubmitButton>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
