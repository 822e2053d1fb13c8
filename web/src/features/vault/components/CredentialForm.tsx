import { useId, useState, type FormEvent, type ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError, toFormErrors, type FormErrors } from '../../../lib/problem';
import { useFolders } from '../api/useFolders';
import { emptyCredentialForm } from '../credentialBody';
import { folderTree } from '../folders';
import { isCustomField, OTP_SEED, PASSWORD, secretLabel, secretNoun } from '../secretFields';
import { credentialFormFields, type CredentialFormField, type CredentialFormValues, type CustomSecretRow } from '../types';
import { PasswordGenerator } from './PasswordGenerator';

/** Shown in the secret inputs of a stored field while editing. */
export const UNCHANGED = 'unchanged — leave empty to keep';

/** 400 field errors go next to the fields; a 403 and the rest to the alert above the form. */
export function credentialFormErrors(error: unknown): FormErrors<CredentialFormField> | null {
  if (!error) return null;
  if (isApiError(error) && error.status !== 403) return toFormErrors(error.problem, credentialFormFields);
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}

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
  onSubmit(values: CredentialFormValues): void;
  children?: ReactNode;
}

export function CredentialForm({ orgId, initialValues, storedSecrets = [], submitLabel, submitting, error, alert, onSubmit, children }: CredentialFormProps) {
  const [values, setValues] = useState<CredentialFormValues>({ ...emptyCredentialForm, ...initialValues });
  const [showPassword, setShowPassword] = useState(false);
  const [generatorOpen, setGeneratorOpen] = useState(false);
  const rowIds = useId();
  const [nextRow, setNextRow] = useState(0);
  const folders = useFolders(orgId);
  const tree = folderTree(folders.data ?? []);
  const errors = credentialFormErrors(error);
  const fieldError = (field: CredentialFormField) => errors?.fieldErrors[field]?.join(' ');
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

  /** Props wiring a text control to its API error message. */
  const invalid = (field: CredentialFormField, id: string) => ({
    isInvalid: Boolean(fieldError(field)),
    'aria-describedby': fieldError(field) ? `${id}-error` : undefined,
  });
  const feedback = (field: CredentialFormField, id: string) => (
    <Form.Control.Feedback type="invalid" id={`${id}-error`}>
      {fieldError(field)}
    </Form.Control.Feedback>
  );
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
      {alert ??
        (errors && errors.formErrors.length > 0 && (
          <Alert variant="danger" role="alert">
            {errors.formErrors.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </Alert>
        ))}
      <fieldset disabled={submitting}>
        <Form.Group className="mb-3" controlId="credential-name">
          <Form.Label>Name</Form.Label>
          <Form.Control name="name" maxLength={200} value={values.name} onChange={(e) => set('name', e.target.value)} {...invalid('name', 'credential-name')} />
          {feedback('name', 'credential-name')}
        </Form.Group>
        <Form.Group className="mb-3" controlId="credential-folder">
          <Form.Label>Folder</Form.Label>
          <Form.Select value={values.folderId} onChange={(e) => set('folderId', e.target.value)} {...invalid('folderId', 'credential-folder')}>
            <option value="">No folder</option>
            {tree.map(({ folder, depth }) => (
              <option key={folder.id} value={folder.id}>
                {'\u00a0\u00a0'.repeat(depth)}
                {folder.name}
              </option>
            ))}
          </Form.Select>
          {feedback('folderId', 'credential-folder')}
        </Form.Group>
        <Form.Group className="mb-3" controlId="credential-username">
          <Form.Label>Username</Form.Label>
          <Form.Control
            name="credential-username"
            autoComplete="off"
            spellCheck={false}
            maxLength={320}
            value={values.username}
            onChange={(e) => set('username', e.target.value)}
            {...invalid('username', 'credential-username')}
          />
          {feedback('username', 'credential-username')}
        </Form.Group>
        <Form.Group className="mb-3" controlId="credential-url">
          <Form.Label>URL</Form.Label>
          <Form.Control
            type="url"
            name="url"
            inputMode="url"
            placeholder="https://portal.example.com"
            maxLength={2048}
            value={values.url}
            onChange={(e) => set('url', e.target.value)}
            {...invalid('url', 'credential-url')}
          />
          {feedback('url', 'credential-url')}
        </Form.Group>
        <Form.Group className="mb-3" controlId="credential-tags">
          <Form.Label>Tags</Form.Label>
          <Form.Control
            name="tags"
            value={values.tags}
            onChange={(e) => set('tags', e.target.value)}
            aria-describedby={fieldError('tags') ? 'credential-tags-help credential-tags-error' : 'credential-tags-help'}
            isInvalid={Boolean(fieldError('tags'))}
          />
          <Form.Text id="credential-tags-help" muted>
            Separate tags with commas, e.g. “router, branch-office”.
          </Form.Text>
          {feedback('tags', 'credential-tags')}
        </Form.Group>
        <Form.Group className="mb-4" controlId="credential-notes">
          <Form.Label>Notes</Form.Label>
          <Form.Control as="textarea" rows={3} name="notes" value={values.notes} onChange={(e) => set('notes', e.target.value)} {...invalid('notes', 'credential-notes')} />
          {feedback('notes', 'credential-notes')}
        </Form.Group>

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
              {...invalid('password', 'credential-password')}
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
            {feedback('password', 'credential-password')}
          </InputGroup>
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
        <Form.Group className="mb-3" controlId="credential-otp-seed">
          <Form.Label>TOTP seed</Form.Label>
          <Form.Control
            name="otp-seed"
            autoComplete="off"
            spellCheck={false}
            placeholder={stored(OTP_SEED) ? UNCHANGED : undefined}
            disabled={removing(OTP_SEED)}
            value={values.otpSeed}
            onChange={(e) => set('otpSeed', e.target.value)}
            isInvalid={Boolean(fieldError('otpSeed'))}
            aria-describedby={fieldError('otpSeed') ? 'credential-otp-seed-help credential-otp-seed-error' : 'credential-otp-seed-help'}
          />
          <Form.Text id="credential-otp-seed-help" muted>
            The base32 key, or the otpauth:// link behind the site’s QR code.
          </Form.Text>
          {feedback('otpSeed', 'credential-otp-seed')}
          {removeCheck(OTP_SEED)}
        </Form.Group>

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
          <Button type="submit" variant="primary">
            {submitting && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
            {submitLabel}
          </Button>
          {children}
        </div>
      </fieldset>
    </Form>
  );
}
