import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { PermissionPicker } from '../../../entities/permission/PermissionChecklist';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreateApiKey, type CreateApiKeyInput } from '../api/useCreateApiKey';
import {
  addDays,
  NEVER_GRANTABLE,
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
import { shortDate } from '../../../lib/dates';

/** Why vault.reveal and the like are shown but never offered: revealing secrets needs a person who re-authenticated. */
const neverForKeys = (permission: string) => (NEVER_GRANTABLE.has(permission) ? 'never available to API keys' : undefined);

const empty: ApiKeyFormValues = { name: '', scopes: [], expiresOn: '', allowedIps: '', allOrgs: true, orgIds: [] };

const dateFormat = shortDate;

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
  canGrant: (permission: string) => boolean;
  /** Platform keys: the organisations a key may be bound to. */
  orgs?: { data: OrgOption[] | undefined; loading: boolean; error: unknown };
  onClose: () => void;
  onCreated: (issued: IssuedApiKey) => void;
}

/** Issues a key; mount it while the form is open. Field errors of a 400 show under the fields. */
export function NewApiKeyModal({ owner, canGrant, orgs, onClose, onCreated }: NewApiKeyModalProps) {
  const [values, setValues] = useState<ApiKeyFormValues>(empty);
  const create = useCreateApiKey();
  const errors = formErrorsOf(create.error, apiKeyFormFields);
  const fieldError = (field: ApiKeyFormField) => fieldMessage(errors, field);
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
          <FormAlert errors={errors} />
          <fieldset disabled={create.isPending}>
            <TextField
              id="apikey-name"
              className="mb-3"
              label="Name"
              name="name"
              maxLength={200}
              autoComplete="off"
              value={values.name}
              onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
              error={fieldError('name')}
              help="What uses the key, e.g. “CI asset export”."
            />

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
              <PermissionPicker
                idPrefix="scope"
                value={values.scopes}
                onChange={(scopes) => setValues((v) => ({ ...v, scopes }))}
                canGrant={canGrant}
                unavailable={neverForKeys}
                invalid={Boolean(fieldError('scopes'))}
                describedBy={describedBy('scopes')}
              />
            </fieldset>

            <TextField
              id="apikey-expiresAt"
              className="mb-3"
              label="Expires on (optional)"
              type="date"
              name="expiresOn"
              min={toDateInput(addDays(today, 1))}
              max={toDateInput(defaultExpiry)}
              value={values.expiresOn}
              onChange={(e) => setValues((v) => ({ ...v, expiresOn: e.target.value }))}
              error={fieldError('expiresAt')}
              style={{ maxWidth: '14rem' }}
              help={`Leave empty for the longest allowed: one year (until ${dateFormat.format(defaultExpiry)}). The key stops working at the start of the chosen day.`}
            />

            <TextField
              id="apikey-allowedIps"
              className="mb-3"
              label="Allowed IP addresses (optional)"
              rows={3}
              name="allowedIps"
              spellCheck={false}
              controlClassName="font-monospace"
              placeholder={'203.0.113.7\n10.0.0.0/8\n2001:db8::/32'}
              value={values.allowedIps}
              onChange={(e) => setValues((v) => ({ ...v, allowedIps: e.target.value }))}
              error={fieldError('allowedIps')}
              help="One IP address or CIDR network per line, IPv4 or IPv6. Leave empty to allow any address."
            />
          </fieldset>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <SubmitButton pending={create.isPending} disabled={create.isPending}>
            Create key
          </SubmitButton>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
