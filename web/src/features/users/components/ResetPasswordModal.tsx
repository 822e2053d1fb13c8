import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { PasswordStrength } from '../../../components/PasswordStrength';
import { useOrgOptions } from '../../../entities/org/useOrgOptions';
import { strengthInputs } from '../../../lib/passwordStrength';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useResetUserPassword } from '../api/useResetUserPassword';
import type { User } from '../types';

/** Sets a new password the user must change at next sign-in; their sessions end. */
export function ResetPasswordModal({ user, show, onClose, onReset }: { user: User; show: boolean; onClose: () => void; onReset: () => void }) {
  const reset = useResetUserPassword();
  const [newPassword, setNewPassword] = useState('');
  const errors = formErrorsOf(reset.error, ['newPassword'] as const);
  const orgs = useOrgOptions(show).data;
  const userInputs = strengthInputs(user.email, user.displayName, ...(orgs?.map((o) => o.name) ?? []));

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
          <FormAlert errors={errors} />
          <p>
            Set a new password for <strong>{user.email}</strong>. They must change it at their next sign-in, and all their sessions end
            now.
          </p>
          <TextField
            id="reset-password-new"
            label="New password"
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            required
            error={fieldMessage(errors, 'newPassword')}
            help="At least 12 characters and hard to guess."
            describedBy={newPassword ? 'reset-password-strength' : undefined}
            after={<PasswordStrength id="reset-password-strength" password={newPassword} userInputs={userInputs} />}
          />
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <SubmitButton variant="danger" pending={reset.isPending} disabled={reset.isPending || newPassword === ''}>
            Reset password
          </SubmitButton>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
