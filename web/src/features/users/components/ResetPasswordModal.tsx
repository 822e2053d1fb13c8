import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError, toFormErrors } from '../../../lib/problem';
import { useResetUserPassword } from '../api/useResetUserPassword';
import type { User } from '../types';

/** Sets a new password the user must change at next sign-in; their sessions end. */
export function ResetPasswordModal({ user, show, onClose, onReset }: { user: User; show: boolean; onClose(): void; onReset(): void }) {
  const reset = useResetUserPassword();
  const [newPassword, setNewPassword] = useState('');
  const errors = reset.error
    ? isApiError(reset.error)
      ? toFormErrors(reset.error.problem, ['newPassword'] as const)
      : { fieldErrors: {}, formErrors: [errorMessage(reset.error)] }
    : null;
  const fieldError = errors?.fieldErrors.newPassword?.join(' ');

  const close = () => {
    setNewPassword('');
    reset.reset();
    onClose();
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset.mutate(
      { userId: user.id, body: { newPassword } },
      {
        onSuccess: () => {
          setNewPassword('');
          reset.reset();
          onReset();
        },
      },
    );
  }

  return (
    <Modal show={show} onHide={close} aria-labelledby="reset-password-title">
      <Form noValidate onSubmit={handleSubmit} aria-label="Reset password">
        <Modal.Header closeButton>
          <Modal.Title id="reset-password-title">Reset password</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {errors && errors.formErrors.length > 0 && (
            <Alert variant="danger" role="alert">
              {errors.formErrors.join(' ')}
            </Alert>
          )}
          <p>
            Set a new password for <strong>{user.email}</strong>. They must change it at their next sign-in, and all their sessions end
            now.
          </p>
          <Form.Group controlId="reset-password-new">
            <Form.Label>New password</Form.Label>
            <Form.Control
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
              required
              isInvalid={Boolean(fieldError)}
              aria-describedby={fieldError ? 'reset-password-new-error' : undefined}
            />
            <Form.Control.Feedback type="invalid" id="reset-password-new-error">
              {fieldError}
            </Form.Control.Feedback>
          </Form.Group>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={reset.isPending || newPassword === ''}>
            {reset.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
            Reset password
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
