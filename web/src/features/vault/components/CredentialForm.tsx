import { useId, useState, type FormEvent, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { AssetMultiSelect } from '../../../entities/asset/AssetMultiSelect';
import { PasswordStrength } from '../../../components/PasswordStrength';
import { strengthInputs } from '../../../lib/passwordStrength';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { emptyCredentialForm } from '../credentialBody';
import { isCustomField, OTP_SEED, PASSWORD, secretLabel, secretNoun } from '../../../entities/credential/secretFields';
import { credentialFormFields, type CredentialFormField, type CredentialFormValues, type CustomSecretRow } from '../types';
import { FolderSelect } from './FolderSelect';
import { PasswordGenerator } from './PasswordGenerator';

/** The host of a URL as typed, for the strength hint; none while it is not a URL. */
function urlHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Shown in the secret inputs of a stored field while editing. */
export const UNCHANGED = 'unchanged — leave empty to keep';

export interface CredentialFormProps {
  orgId: string;
  initialValues?: Partial<CredentialFormValues>;
  /** On edit: the secret fields already stored (their values are never loaded into the form). */
  storedSecrets?: readonly string[];
  submitLabel: string;
  submitting: boolean;
  error?: unknown;
  /** Replaces the generic top alert (e.g. "changed by someone else"). */
  alert?: ReactNode;
  onSubmit: (values: CredentialFormValues) => void;
  children?: ReactNode;
}

export function CredentialForm({ orgId, initialValues, storedSecrets = [], submitLabel, submitting, error, alert, onSubmit, children }: CredentialFormProps) {
  const [values, setValues] = useState<CredentialFormValues>({ ...emptyCredentialForm, ...initialValues });
  const [showPassword, setShowPassword] = useState(false);
  const [generatorOpen, setGeneratorOpen] = useState(false);
  const rowIds = useId();
  const [nextRow, setNextRow] = useState(0);
  const errors = formErrorsOf(error, credentialFormFields);
  const fieldError = (field: CredentialFormField) => fieldMessage(errors, field);
  const set = <K extends keyof CredentialFormValues>(key: K, value: CredentialFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const stored = (field: string) => storedSecrets.includes(field);
  const removing = (field: string) => values.removeSecrets.includes(field);
  const storedCustom = storedSecrets.filter(isCustomField);

  function toggleRemove(field: string, checked: boolean) {
    setValues((v) => ({
      ...v,
      removeSecrets: checked ? [...v.removeSecrets.filter((f) => f !== field), field] : v.removeSecrets.filter((f) => f !== field),
    }));
  }

  function updateRow(key: string, change: Partial<CustomSecretRow>) {
    setValues((v) => ({ ...v, customSecrets: v.customSecrets.map((r) => (r.key === key ? { ...r, ...change } : r)) }));
  }

  function addRow() {
    setValues((v) => ({ ...v, customSecrets: [...v.customSecrets, { key: `${rowIds}-${nextRow}`, name: '', value: '' }] }));
    setNextRow((n) => n + 1);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(values);
  }

  /** A text field of the form: its value, change handler and API error. */
  const bind = <K extends 'name' | 'username' | 'url' | 'tags' | 'notes' | 'otpSeed'>(field: K) => ({
    className: 'mb-3',
    value: values[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    error: fieldError(field),
  });
  const removeCheck = (field: string) =>
    stored(field) && (
      <Form.Check
        id={`credential-remove-${field.replace(/[^A-Za-z0-9_-]/g, '_')}`}
        className="mt-1"
        label="Remove"
        aria-label={`Remove stored ${secretNoun(field)}`}
        checked={removing(field)}
        onChange={(e) => toggleRemove(field, e.target.checked)}
      />
    );

  return (
    <Form noValidate onSubmit={handleSubmit} aria-label="Credential" autoComplete="off">
      {alert ?? <FormAlert errors={errors} />}
      <fieldset disabled={submitting}>
        <TextField id="credential-name" label="Name" name="name" maxLength={200} {...bind('name')} />
        <FolderSelect
          id="credential-folder"
          orgId={orgId}
          label="Folder"
          value={values.folderId}
          onChange={(folderId) => set('folderId', folderId)}
          emptyLabel="No folder"
          error={fieldError('folderId')}
        />
        <TextField id="credential-username" label="Username" name="credential-username" autoComplete="off" spellCheck={false} maxLength={320} {...bind('username')} />
        <TextField id="credential-url" label="URL" type="url" name="url" inputMode="url" placeholder="https://portal.example.com" maxLength={2048} {...bind('url')} />
        <TextField id="credential-tags" label="Tags" name="tags" help="Separate tags with commas, e.g. “router, branch-office”." {...bind('tags')} />
        <TextField id="credential-notes" label="Notes" rows={3} name="notes" {...bind('notes')} />
        <AssetMultiSelect
          orgId={orgId}
          id="credential-assets"
          label="Assets"
          value={values.assetIds}
          onChange={(assetIds) => set('assetIds', assetIds)}
          error={fieldError('assetIds')}
        />

        <h2 className="h5">Secrets</h2>
        <p className="small text-body-secondary">Secrets are encrypted by the server and can only be read back with “Reveal”.</p>
        <Form.Group className="mb-3" controlId="credential-password">
          <Form.Label>Password</Form.Label>
          <InputGroup hasValidation>
            <Form.Control
              type={showPassword ? 'text' : 'password'}
              name="credential-password"
              autoComplete="new-password"
              spellCheck={false}
              placeholder={stored(PASSWORD) ? UNCHANGED : undefined}
              disabled={removing(PASSWORD)}
              value={values.password}
              onChange={(e) => set('password', e.target.value)}
                isInvalid={Boolean(fieldError('password'))}
              aria-describedby={[fieldError('password') && 'credential-password-error', values.password && 'credential-password-strength'].filter(Boolean).join(' ') || undefined}
            />
            <Button variant="outline-secondary" aria-label={showPassword ? 'Hide password' : 'Show password'} onClick={() => setShowPassword((s) => !s)}>
              {showPassword ? 'Hide' : 'Show'}
            </Button>
            <Button
              variant="outline-secondary"
              aria-expanded={generatorOpen}
              aria-controls="credential-password-generator"
              disabled={removing(PASSWORD)}
              onClick={() => setGeneratorOpen((o) => !o)}
            >
              Generate
            </Button>
            <Form.Control.Feedback type="invalid" id="credential-password-error">
              {fieldError('password')}
            </Form.Control.Feedback>
          </InputGroup>
          {/* A hint only: what a device or service accepts is not ClientStor's to decide. */}
          <PasswordStrength
            id="credential-password-strength"
            password={removing(PASSWORD) ? '' : values.password}
            userInputs={strengthInputs(values.username, values.name, urlHost(values.url))}
            required={false}
          />
          {removeCheck(PASSWORD)}
        </Form.Group>
        {generatorOpen && (
          <PasswordGenerator
            id="credential-password-generator"
            onGenerated={(password) => {
              set('password', password);
              setShowPassword(true);
            }}
          />
        )}
        <TextField
          id="credential-otp-seed"
          label="TOTP seed"
          name="otp-seed"
          autoComplete="off"
          spellCheck={false}
          placeholder={stored(OTP_SEED) ? UNCHANGED : undefined}
          disabled={removing(OTP_SEED)}
          help="The base32 key, or the otpauth:// link behind the site’s QR code."
          after={removeCheck(OTP_SEED)}
          {...bind('otpSeed')}
        />

        <fieldset className="mb-4" aria-describedby={fieldError('customSecrets') ? 'credential-custom-error' : undefined}>
          <legend className="fs-6 fw-normal mb-2">Custom secrets</legend>
          {storedCustom.map((field) => {
            const name = secretLabel(field);
            return (
              <div key={field} className="mb-2">
                <div className="d-flex flex-wrap gap-2 align-items-center">
                  <span className="font-monospace" style={{ minWidth: '10rem' }}>
                    {name}
                  </span>
                  <Form.Control
                    type="password"
                    autoComplete="new-password"
                    className="flex-grow-1 w-auto"
                    aria-label={`New value for ${name}`}
                    placeholder={UNCHANGED}
                    disabled={removing(field)}
                    value={values.existingCustom[field] ?? ''}
                    onChange={(e) => set('existingCustom', { ...values.existingCustom, [field]: e.target.value })}
                  />
                </div>
                {removeCheck(field)}
              </div>
            );
          })}
          {values.customSecrets.map((row, i) => (
            <div key={row.key} className="d-flex flex-wrap gap-2 align-items-center mb-2">
              <Form.Control
                className="w-auto"
                aria-label={`Custom secret ${i + 1} name`}
                placeholder="Name, e.g. API token"
                maxLength={100}
                value={row.name}
                onChange={(e) => updateRow(row.key, { name: e.target.value })}
                isInvalid={Boolean(fieldError('customSecrets'))}
              />
              <Form.Control
                type="password"
                autoComplete="new-password"
                className="flex-grow-1 w-auto"
                aria-label={`Custom secret ${i + 1} value`}
                placeholder="Value"
                value={row.value}
                onChange={(e) => updateRow(row.key, { value: e.target.value })}
                isInvalid={Boolean(fieldError('customSecrets'))}
              />
              <Button
                variant="outline-danger"
                size="sm"
                aria-label={`Remove custom secret ${i + 1}`}
                onClick={() => set('customSecrets', values.customSecrets.filter((r) => r.key !== row.key))}
              >
                Remove
              </Button>
            </div>
          ))}
          {fieldError('customSecrets') && (
            <div className="invalid-feedback d-block mb-2" id="credential-custom-error">
              {fieldError('customSecrets')}
            </div>
          )}
          <Button variant="outline-secondary" size="sm" onClick={addRow}>
            Add custom secret
          </Button>
        </fieldset>
        {fieldError('removeSecrets') && <div className="invalid-feedback d-block mb-2">{fieldError('removeSecrets')}</div>}

        <div className="d-flex flex-wrap gap-2">
          <SubmitButton pending={submitting}>{submitLabel}</SubmitButton>
          {children}
        </div>
      </fieldset>
    </Form>
  );
}
