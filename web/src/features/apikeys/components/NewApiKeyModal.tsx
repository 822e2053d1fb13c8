import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError, toFormErrors, type FormErrors } from '../../../lib/problem';
import { useCreateApiKey, type CreateApiKeyInput } from '../api/useCreateApiKey';
import { usePermissionCatalog } from '../api/usePermissionCatalog';
import {
  addDays,
  apiKeyFormFields,
  expiryFromDate,
  parseAllowedIps,
  toDateInput,
  type ApiKeyFormField,
  type ApiKeyFormValues,
  type ApiKeyOwner,
  type IssuedApiKey,
  type OrgOption,
} from '../types';
import { OrgCheckboxes } from './OrgCheckboxes';
import { ScopePicker } from './ScopePicker';

/** Field errors from a 400 go under the fields; a 403 (e.g. cancelled re-authentication) and the rest to the alert. */
export function apiKeyFormErrors(error: unknown): FormErrors<ApiKeyFormField> | null {
  if (!error) return null;
  if (isApiError(error)) {
    if (error.status === 403) return { fieldErrors: {}, formErrors: [errorMessage(error)] };
    return toFormErrors(error.problem, apiKeyFormFields);
  }
  return { fieldErrors: {}, formErrors: [errorMessage(error)] };
}

const empty: ApiKeyFormValues = { name: '', scopes: [], expiresOn: '', allowedIps: '', allOrgs: true, orgIds: [] };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

// The API's maximum lifetime; the date input offers nothing later.
const MAX_DAYS = 365;

function toInput(owner: ApiKeyOwner, values: ApiKeyFormValues): CreateApiKeyInput {
  const expiresAt = expiryFromDate(values.expiresOn);
  const allowedIps = parseAllowedIps(values.allowedIps);
  const common = {
    name: values.name.trim(),
    scopes: [...values.scopes].sort(),
    ...(expiresAt ? { expiresAt } : {}),
    ...(allowedIps.length > 0 ? { allowedIps } : {}),
  };
  if (owner.kind === 'org') return { owner, body: common };
  return { owner, body: values.allOrgs ? { ...common, allOrgs: true } : { ...common, allOrgs: false, orgIds: values.orgIds } };
}

export interface NewApiKeyModalProps {
  owner: ApiKeyOwner;
  /** Whether the user holds a permission where the key will work: only those are offered as scopes. */
  canGrant(permission: string): boolean;
  /** Platform keys: the organisations a key may be bound to. */
  orgs?: { data: OrgOption[] | undefined; loading: boolean; error: unknown };
  onClose(): void;
  onCreated(issued: IssuedApiKey): void;
}

/** Issues a key; mount it while the form is open. Field errors of a 400 show under the fields. */
export function NewApiKeyModal({ owner, canGrant, orgs, onClose, onCreated }: NewApiKeyModalProps) {
  const [values, setValues] = useState<ApiKeyFormValues>(empty);
  const catalog = usePermissionCatalog();
  const create = useCreateApiKey();
  const errors = apiKeyFormErrors(create.error);
  const fieldError = (field: ApiKeyFormField) => errors?.fieldErrors[field]?.join(' ');
  const describedBy = (field: ApiKeyFormField, help?: string) =>
    [fieldError(field) ? `apikey-${field}-error` : null, help ?? null].filter(Boolean).join(' ') || undefined;

  const today = new Date();
  const defaultExpiry = addDays(today, MAX_DAYS);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(toInput(owner, values), {
      onSuccess: (issued) => onCreated(issued),
    });
  }

  return (
    <Modal show onHide={onClose} aria-labelledby="new-key-title" size="lg">
      {/* noValidate: the API is the source of truth for validation; its messages show per field. */}
      <Form noValidate onSubmit={handleSubmit} aria-label="New API key">
        <Modal.Header closeButton>
          <Modal.Title id="new-key-title">{owner.kind === 'org' ? 'New API key' : 'New platform API key'}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {errors && errors.formErrors.length > 0 && (
            <Alert variant="danger" role="alert">
              {errors.formErrors.map((m) => (
                <div key={m}>{m}</div>
              ))}
            </Alert>
          )}
          <fieldset disabled={create.isPending}>
            <Form.Group className="mb-3" controlId="apikey-name">
              <Form.Label>Name</Form.Label>
              <Form.Control
                name="name"
                maxLength={200}
                autoComplete="off"
                value={values.name}
                onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
                isInvalid={Boolean(fieldError('name'))}
                aria-describedby={describedBy('name', 'apikey-name-help')}
              />
              <Form.Text id="apikey-name-help" muted>
                What uses the key, e.g. “CI asset export”.
              </Form.Text>
              <Form.Control.Feedback type="invalid" id="apikey-name-error">
                {fieldError('name')}
              </Form.Control.Feedback>
            </Form.Group>

            {owner.kind === 'platform' && (
              <fieldset className="mb-3">
                <legend className="fs-6">Organisations</legend>
                <Form.Check
                  type="switch"
                  role="switch"
                  id="apikey-allOrgs"
                  className="mb-2"
                  label="All organisations"
                  checked={values.allOrgs}
                  onChange={(e) => setValues((v) => ({ ...v, allOrgs: e.target.checked }))}
                  aria-describedby="apikey-allOrgs-help"
                />
                <Form.Text id="apikey-allOrgs-help" muted className="d-block mb-2">
                  {values.allOrgs
                    ? 'The key works in every organisation, including ones created later.'
                    : 'The key works only in the organisations ticked below.'}
                </Form.Text>
                {!values.allOrgs && (
                  <OrgCheckboxes
                    orgs={orgs?.data}
                    loading={orgs?.loading ?? false}
                    error={orgs?.error}
                    value={values.orgIds}
                    onChange={(orgIds) => setValues((v) => ({ ...v, orgIds }))}
                    invalid={Boolean(fieldError('orgIds'))}
                    describedBy={describedBy('orgIds')}
                  />
                )}
                {(fieldError('orgIds') || fieldError('allOrgs')) && (
                  <div className="invalid-feedback d-block" id="apikey-orgIds-error">
                    {[fieldError('allOrgs'), fieldError('orgIds')].filter(Boolean).join(' ')}
                  </div>
                )}
              </fieldset>
            )}

            <fieldset className="mb-3">
              <legend className="fs-6">Scopes</legend>
              <p className="small text-body-secondary mb-2">
                The permissions the key may use. You can only give permissions you hold{owner.kind === 'org' ? ' in this organisation' : ''}.
              </p>
              {fieldError('scopes') && (
                <div className="invalid-feedback d-block mb-2" id="apikey-scopes-error">
                  {fieldError('scopes')}
                </div>
              )}
              {catalog.isPending ? (
                <Spinner animation="border" size="sm" role="status">
                  <span className="visually-hidden">Loading permissions…</span>
                </Spinner>
              ) : catalog.isError ? (
                <Alert variant="danger">
                  Could not load the permissions: {errorMessage(catalog.error)}{' '}
                  <Button variant="outline-danger" size="sm" onClick={() => catalog.refetch()}>
                    Retry
                  </Button>
                </Alert>
              ) : (
                <ScopePicker
                  modules={catalog.data.modules}
                  value={values.scopes}
                  onChange={(scopes) => setValues((v) => ({ ...v, scopes }))}
                  canGrant={canGrant}
                  invalid={Boolean(fieldError('scopes'))}
                  describedBy={describedBy('scopes')}
                />
              )}
            </fieldset>

            <Form.Group className="mb-3" controlId="apikey-expiresAt">
              <Form.Label>Expires on (optional)</Form.Label>
              <Form.Control
                type="date"
                name="expiresOn"
                min={toDateInput(addDays(today, 1))}
                max={toDateInput(defaultExpiry)}
                value={values.expiresOn}
                onChange={(e) => setValues((v) => ({ ...v, expiresOn: e.target.value }))}
                isInvalid={Boolean(fieldError('expiresAt'))}
                aria-describedby={describedBy('expiresAt', 'apikey-expiresAt-help')}
                style={{ maxWidth: '14rem' }}
              />
              <Form.Text id="apikey-expiresAt-help" muted>
                Leave empty for the longest allowed: one year (until {dateFormat.format(defaultExpiry)}). The key stops working at the start of
                the chosen day.
              </Form.Text>
              <Form.Control.Feedback type="invalid" id="apikey-expiresAt-error">
                {fieldError('expiresAt')}
              </Form.Control.Feedback>
            </Form.Group>

            <Form.Group className="mb-3" controlId="apikey-allowedIps">
              <Form.Label>Allowed IP addresses (optional)</Form.Label>
              <Form.Control
                as="textarea"
                rows={3}
                name="allowedIps"
                spellCheck={false}
                className="font-monospace"
                placeholder={'203.0.113.7\n10.0.0.0/8\n2001:db8::/32'}
                value={values.allowedIps}
                onChange={(e) => setValues((v) => ({ ...v, allowedIps: e.target.value }))}
                isInvalid={Boolean(fieldError('allowedIps'))}
                aria-describedby={describedBy('allowedIps', 'apikey-allowedIps-help')}
              />
              <Form.Text id="apikey-allowedIps-help" muted>
                One IP address or CIDR network per line, IPv4 or IPv6. Leave empty to allow any address.
              </Form.Text>
              <Form.Control.Feedback type="invalid" id="apikey-allowedIps-error">
                {fieldError('allowedIps')}
              </Form.Control.Feedback>
            </Form.Group>
          </fieldset>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-2" />}
            Create key
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
