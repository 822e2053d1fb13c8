import { useState, type FormEvent, type ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { useAssetTypes } from '../api/useAssetTypes';
import { useContactOptions } from '../api/useContactOptions';
import { useLocationOptions } from '../api/useLocationOptions';
import { emptyAssetForm } from '../assetBody';
import { findCustomType } from '../assetTypes';
import { assetFormErrors } from '../formErrors';
import { assetStatuses, type AssetFormField, type AssetFormValues, type AssetType, type CustomFieldInput } from '../types';
import { CustomFieldControl } from './CustomFieldControl';
import { LocationOptions, TypeOptions } from './SelectOptions';

export interface AssetFormProps {
  orgId: string;
  initialValues?: Partial<AssetFormValues>;
  submitLabel: string;
  submitting: boolean;
  error?: unknown;
  /** Replaces the generic top alert (e.g. "changed by someone else"). */
  alert?: ReactNode;
  /** `type` is the chosen type's definition, whose custom fields the body carries. */
  onSubmit(values: AssetFormValues, type: AssetType | undefined): void;
  children?: ReactNode;
}

export function AssetForm({ orgId, initialValues, submitLabel, submitting, error, alert, onSubmit, children }: AssetFormProps) {
  const [values, setValues] = useState<AssetFormValues>({ ...emptyAssetForm, ...initialValues });
  const types = useAssetTypes(orgId);
  const locations = useLocationOptions(orgId);
  const contacts = useContactOptions(orgId);
  const customType = findCustomType(values.type, types.data);
  const errors = assetFormErrors(error);
  const fieldError = (field: AssetFormField) => errors?.fieldErrors[field]?.join(' ');
  const customKeys = new Set((customType?.fields ?? []).map((f) => f.key));
  // A custom field error for a field not on screen (the type changed meanwhile) still has to be seen.
  const strayCustomErrors = Object.entries(errors?.customFields ?? {})
    .filter(([key]) => !customKeys.has(key))
    .flatMap(([, messages]) => messages);
  const formErrors = [...(errors?.formErrors ?? []), ...strayCustomErrors];
  const set = <K extends keyof AssetFormValues>(key: K, value: AssetFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setCustom = (key: string, value: CustomFieldInput) => setValues((v) => ({ ...v, customFields: { ...v.customFields, [key]: value } }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(values, types.data?.find((t) => t.key === values.type));
  }

  /** Props wiring a control to its API error message (and optional help text). */
  const invalid = (field: AssetFormField, id: string, help?: string) => {
    const described = [help, fieldError(field) ? `${id}-error` : undefined].filter(Boolean).join(' ');
    return { isInvalid: Boolean(fieldError(field)), 'aria-describedby': described || undefined };
  };
  const feedback = (field: AssetFormField, id: string) => (
    <Form.Control.Feedback type="invalid" id={`${id}-error`}>
      {fieldError(field)}
    </Form.Control.Feedback>
  );
  const textField = (field: 'name' | 'serial' | 'manufacturer' | 'model', label: string, extra?: { className?: string }) => (
    <Form.Group className="mb-3" controlId={`asset-${field}`}>
      <Form.Label>{label}</Form.Label>
      <Form.Control
        name={field}
        maxLength={200}
        className={extra?.className}
        value={values[field]}
        onChange={(e) => set(field, e.target.value)}
        {...invalid(field, `asset-${field}`)}
      />
      {feedback(field, `asset-${field}`)}
    </Form.Group>
  );

  return (
    <Form noValidate onSubmit={handleSubmit} aria-label="Asset" autoComplete="off">
      {alert ??
        (formErrors.length > 0 && (
          <Alert variant="danger" role="alert">
            {formErrors.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </Alert>
        ))}
      <fieldset disabled={submitting}>
        <Row>
          <Col md={6}>
            <Form.Group className="mb-3" controlId="asset-type">
              <Form.Label>Type</Form.Label>
              <Form.Select value={values.type} onChange={(e) => set('type', e.target.value)} {...invalid('type', 'asset-type')}>
                <option value="">Choose a type…</option>
                <TypeOptions types={types.data} />
              </Form.Select>
              {feedback('type', 'asset-type')}
            </Form.Group>
          </Col>
          <Col md={6}>{textField('name', 'Name')}</Col>
          <Col md={4}>{textField('serial', 'Serial number', { className: 'font-monospace' })}</Col>
          <Col md={4}>{textField('manufacturer', 'Manufacturer')}</Col>
          <Col md={4}>{textField('model', 'Model')}</Col>
          <Col md={4}>
            <Form.Group className="mb-3" controlId="asset-status">
              <Form.Label>Status</Form.Label>
              <Form.Select value={values.status} onChange={(e) => set('status', e.target.value)} {...invalid('status', 'asset-status')}>
                {assetStatuses.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </Form.Select>
              {feedback('status', 'asset-status')}
            </Form.Group>
          </Col>
          <Col md={4}>
            <Form.Group className="mb-3" controlId="asset-location">
              <Form.Label>Location</Form.Label>
              <Form.Select value={values.locationId} onChange={(e) => set('locationId', e.target.value)} {...invalid('locationId', 'asset-location')}>
                <option value="">No location</option>
                <LocationOptions locations={locations.data?.items} />
              </Form.Select>
              {feedback('locationId', 'asset-location')}
            </Form.Group>
          </Col>
          <Col md={4}>
            <Form.Group className="mb-3" controlId="asset-contact">
              <Form.Label>Assigned to</Form.Label>
              <Form.Select value={values.contactId} onChange={(e) => set('contactId', e.target.value)} {...invalid('contactId', 'asset-contact')}>
                <option value="">Nobody</option>
                {(contacts.data?.items ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                    {c.email ? ` (${c.email})` : ''}
                  </option>
                ))}
              </Form.Select>
              {feedback('contactId', 'asset-contact')}
            </Form.Group>
          </Col>
          <Col md={4}>
            <Form.Group className="mb-3" controlId="asset-purchase-date">
              <Form.Label>Purchase date</Form.Label>
              <Form.Control type="date" value={values.purchaseDate} onChange={(e) => set('purchaseDate', e.target.value)} {...invalid('purchaseDate', 'asset-purchase-date')} />
              {feedback('purchaseDate', 'asset-purchase-date')}
            </Form.Group>
          </Col>
          <Col md={4}>
            <Form.Group className="mb-3" controlId="asset-warranty">
              <Form.Label>Warranty expires</Form.Label>
              <Form.Control type="date" value={values.warrantyExpires} onChange={(e) => set('warrantyExpires', e.target.value)} {...invalid('warrantyExpires', 'asset-warranty')} />
              {feedback('warrantyExpires', 'asset-warranty')}
            </Form.Group>
          </Col>
          <Col md={4}>
            <Form.Group className="mb-3" controlId="asset-tags">
              <Form.Label>Tags</Form.Label>
              <Form.Control name="tags" value={values.tags} onChange={(e) => set('tags', e.target.value)} {...invalid('tags', 'asset-tags', 'asset-tags-help')} />
              <Form.Text id="asset-tags-help" muted>
                Separate tags with commas, e.g. “core, branch-office”.
              </Form.Text>
              {feedback('tags', 'asset-tags')}
            </Form.Group>
          </Col>
          <Col md={6}>
            <Form.Group className="mb-3" controlId="asset-macs">
              <Form.Label>MAC addresses</Form.Label>
              <Form.Control
                as="textarea"
                rows={3}
                className="font-monospace"
                spellCheck={false}
                value={values.macAddresses}
                onChange={(e) => set('macAddresses', e.target.value)}
                {...invalid('macAddresses', 'asset-macs', 'asset-macs-help')}
              />
              <Form.Text id="asset-macs-help" muted>
                One per line, in any common notation (aa:bb:cc:dd:ee:ff, AA-BB-…, aabb.ccdd.eeff).
              </Form.Text>
              {feedback('macAddresses', 'asset-macs')}
            </Form.Group>
          </Col>
          <Col md={6}>
            <Form.Group className="mb-3" controlId="asset-notes">
              <Form.Label>Notes</Form.Label>
              <Form.Control as="textarea" rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} {...invalid('notes', 'asset-notes')} />
              {feedback('notes', 'asset-notes')}
            </Form.Group>
          </Col>
        </Row>

        {customType && customType.fields.length > 0 && (
          <fieldset className="mb-3 border rounded p-3" aria-describedby={fieldError('customFields') ? 'asset-custom-error' : undefined}>
            <legend className="fs-6 float-none w-auto px-1 mb-0">{customType.name} fields</legend>
            {customType.fields.map((field) =>
              field.key ? (
                <CustomFieldControl
                  key={field.key}
                  field={field}
                  value={values.customFields[field.key]}
                  onChange={(value) => setCustom(field.key!, value)}
                  error={errors?.customFields[field.key]?.join(' ')}
                />
              ) : null,
            )}
            {fieldError('customFields') && (
              <div className="invalid-feedback d-block" id="asset-custom-error">
                {fieldError('customFields')}
              </div>
            )}
          </fieldset>
        )}
        {!customType && fieldError('customFields') && (
          <div className="invalid-feedback d-block mb-3" id="asset-custom-error">
            {fieldError('customFields')}
          </div>
        )}

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
