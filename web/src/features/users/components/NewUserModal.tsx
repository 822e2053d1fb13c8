import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError, toFormErrors, type FormErrors } from '../../../lib/problem';
import { useCreateUser } from '../api/useCreateUser';
import { createUserFields, type CreateUserBody, type CreateUserField, type User } from '../types';

function createUserErrors(error: unknown): FormErrors<CreateUserField> | null {
  if (!error) return null;
  if (isApiError(error)) return toFormErrors(error.problem, createUserFields);
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}

interface Values {
  email: string;
  displayName: string;
  password: string;
  isGlobalAdmin: boolean;
  mustChangePassword: boolean;
}

const empty: Values = { email: '', displayName: '', password: '', isGlobalAdmin: false, mustChangePassword: true };

/** Creates a user; 400 and 409 field errors (email taken, weak password) show under the fields. */
export function NewUserModal({ show, onClose, onCreated }: { show: boolean; onClose(): void; onCreated(user: User): void }) {
  const createUser = useCreateUser();
  const [values, setValues] = useState<Values>(empty);
  const errors = createUserErrors(createUser.error);
  const fieldError = (field: CreateUserField) => errors?.fieldErrors[field]?.join(' ');

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
          {errors && errors.formErrors.length > 0 && (
            <Alert variant="danger" role="alert">
              {errors.formErrors.join(' ')}
            </Alert>
          )}
          <Form.Group className="mb-3" controlId="new-user-email">
            <Form.Label>Email</Form.Label>
            <Form.Control
              type="email"
              autoComplete="off"
              value={values.email}
              onChange={text('email')}
              required
              isInvalid={Boolean(fieldError('email'))}
              aria-describedby={fieldError('email') ? 'new-user-email-error' : undefined}
            />
            <Form.Control.Feedback type="invalid" id="new-user-email-error">
              {fieldError('email')}
            </Form.Control.Feedback>
          </Form.Group>
          <Form.Group className="mb-3" controlId="new-user-displayName">
            <Form.Label>Display name</Form.Label>
            <Form.Control
              value={values.displayName}
              onChange={text('displayName')}
              isInvalid={Boolean(fieldError('displayName'))}
              aria-describedby={fieldError('displayName') ? 'new-user-displayName-error' : undefined}
            />
            <Form.Control.Feedback type="invalid" id="new-user-displayName-error">
              {fieldError('displayName')}
            </Form.Control.Feedback>
          </Form.Group>
          <Form.Group className="mb-3" controlId="new-user-password">
            <Form.Label>Initial password</Form.Label>
            <Form.Control
              type="password"
              autoComplete="new-password"
              value={values.password}
              onChange={text('password')}
              required
              isInvalid={Boolean(fieldError('password'))}
              aria-describedby={fieldError('password') ? 'new-user-password-error new-user-password-help' : 'new-user-password-help'}
            />
            <Form.Text id="new-user-password-help" muted>
              At least 12 characters. Give it to the user through a separate, safe channel.
            </Form.Text>
            <Form.Control.Feedback type="invalid" id="new-user-password-error">
              {fieldError('password')}
            </Form.Control.Feedback>
          </Form.Group>
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
          <Button type="submit" variant="primary" disabled={createUser.isPending}>
            {createUser.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
            Create user
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
