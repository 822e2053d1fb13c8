import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Form from 'react-bootstrap/Form';
import { useMe } from '../../../auth/permissions';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { PasswordStrength } from '../../../components/PasswordStrength';
import { strengthInputs } from '../../../lib/passwordStrength';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useChangePassword } from '../api/useChangePassword';
import { changePasswordApiFields, type ChangePasswordField, type ChangePasswordValues } from '../types';

const empty: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

const labels: Record<ChangePasswordField, string> = {
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Confirm new password',
};

const autoComplete: Record<ChangePasswordField, string> = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
  confirmPassword: 'new-password',
};

export interface ChangePasswordFormProps {
  /** Called after the API accepted the new password. */
  onChanged?: () => void;
  /** Shows "Password changed" above the emptied form (the account page); off when the caller moves on. */
  showSuccess?: boolean;
  submitLabel?: string;
}

const METER_ID = 'change-password-strength';

/**
 * Current, new and confirm-new password; the new one gets a strength meter as it is typed. The API decides (a 400
 * with zxcvbn's feedback under the field); the meter only says early what it will say.
 */
export function ChangePasswordForm({ onChanged, showSuccess = true, submitLabel = 'Change password' }: ChangePasswordFormProps) {
  const changePassword = useChangePassword();
  const [values, setValues] = useState<ChangePasswordValues>(empty);
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const me = useMe().data;
  const userInputs = strengthInputs(me?.email, me?.displayName, ...(me?.memberships.map((m) => m.orgName) ?? []));

  const apiErrors = formErrorsOf(changePassword.error, changePasswordApiFields);

  const fieldError = (field: ChangePasswordField): string | undefined => {
    if (field === 'confirmPassword') return mismatch ? 'The new passwords do not match.' : undefined;
    return fieldMessage(apiErrors, field);
  };

  const set = (field: ChangePasswordField) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    if (field !== 'currentPassword') setMismatch(false);
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (values.newPassword !== values.confirmPassword) {
      setMismatch(true);
      return;
    }
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues(empty);
          setDone(true);
          onChanged?.();
        },
      },
    );
  }

  return (
    // noValidate: the API's password policy is the source of truth; its messages show per field.
    <Form noValidate onSubmit={handleSubmit} aria-label="Change password">
      {showSuccess && done && (
        <Alert variant="success" dismissible onClose={() => setDone(false)}>
          Password changed. Your other sessions have been signed out.
        </Alert>
      )}
      <FormAlert errors={apiErrors} />
      {(Object.keys(labels) as ChangePasswordField[]).map((field) => (
        <TextField
          key={field}
          id={`change-password-${field}`}
          className="mb-3"
          label={labels[field]}
          type="password"
          name={field}
          autoComplete={autoComplete[field]}
          value={values[field]}
          onChange={set(field)}
          required
          error={fieldError(field)}
          help={field === 'newPassword' ? 'At least 12 characters and hard to guess: several uncommon words work well. Not your name or email.' : undefined}
          describedBy={field === 'newPassword' && values.newPassword ? METER_ID : undefined}
          after={field === 'newPassword' && <PasswordStrength id={METER_ID} password={values.newPassword} userInputs={userInputs} />}
        />
      ))}
      <SubmitButton pending={changePassword.isPending} disabled={changePassword.isPending}>
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}
