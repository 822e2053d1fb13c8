import { useState, type FormEvent, type ReactNode } from 'react';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/FormFields';
import { useLocationOptions } from '../../../entities/location/useLocations';
import { fieldMessage } from '../../../lib/problem';
import { useAssetTypes } from '../api/useAssetTypes';
import { useContactOptions } from '../../../entities/contact/useContacts';
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
  onSubmit: (values: AssetFormValues, type: AssetType | undefined) => void;
  children?: ReactNode;
}

export function AssetForm({ orgId, initialValues, submitLabel, submitting, error, alert, onSubmit, children }: AssetFormProps) {
  const [values, setValues] = useState<AssetFormValues>({ ...emptyAssetForm, ...initialValues });
  const types = useAssetTypes(orgId);
  const locations = useLocationOptions(orgId);
  const contacts = useContactOptions(orgId);
  const customType = findCustomType(values.type, types.data);
  const errors = assetFormErrors(error);
  const fieldError = (field: AssetFormField) => fieldMessage(errors, field);
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

  /** A field of the form: its value, change handler and API error, by form field name. */
  const bind = <K extends 'name' | 'serial' | 'manufacturer' | 'model' | 'status' | 'locationId' | 'contactId' | 'purchaseDate' | 'warrantyExpires' | 'tags' | 'macAddresses' | 'notes'>(field: K) => ({
    className: 'mb-3',
    value: values[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    error: fieldError(field),
  });

  return (
    <Form noValidate onSubmit={handleSubmit} aria-label="Asset" autoComplete="off">
      {alert ?? <FormAlert errors={{ fieldErrors: {}, formErrors }} />}
      <fieldset disabled={submitting}>
        <Row>
          <Col md={6}>
            <SelectField id="asset-type" label="Type" className="mb-3" value={values.type} onChange={(e) => set('type', e.target.value)} error={fieldError('type')}>
              <option value="">Choose a type…</option>
              <TypeOptions types={types.data} />
            </SelectField>
          </Col>
          <Col md={6}>
            <TextField id="asset-name" label="Name" name="name" maxLength={200} {...bind('name')} />
          </Col>
          <Col md={4}>
            <TextField id="asset-serial" label="Serial number" name="serial" maxLength={200} controlClassName="font-monospace" {...bind('serial')} />
          </Col>
          <Col md={4}>
            <TextField id="asset-manufacturer" label="Manufacturer" name="manufacturer" maxLength={200} {...bind('manufacturer')} />
          </Col>
          <Col md={4}>
            <TextField id="asset-model" label="Model" name="model" maxLength={200} {...bind('model')} />
          </Col>
          <Col md={4}>
            <SelectField id="asset-status" label="Status" options={assetStatuses} {...bind('status')} />
          </Col>
          <Col md={4}>
            <SelectField id="asset-location" label="Location" {...bind('locationId')}>
              <option value="">No location</option>
              <LocationOptions locations={locations.data?.items} />
            </SelectField>
          </Col>
          <Col md={4}>
            <SelectField
              id="asset-contact"
              label="Assigned to"
              options={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: c.email ? `${c.name} (${c.email})` : c.name }))}
              {...bind('contactId')}
            >
              <option value="">Nobody</option>
            </SelectField>
          </Col>
          <Col md={4}>
            <TextField id="asset-purchase-date" label="Purchase date" type="date" {...bind('purchaseDate')} />
          </Col>
          <Col md={4}>
            <TextField id="asset-warranty" label="Warranty expires" type="date" {...bind('warrantyExpires')} />
          </Col>
          <Col md={4}>
            <TextField id="asset-tags" label="Tags" name="tags" help="Separate tags with commas, e.g. “core, branch-office”." {...bind('tags')} />
          </Col>
          <Col md={6}>
            <TextField
              id="asset-macs"
              label="MAC addresses"
              rows={3}
              controlClassName="font-monospace"
              spellCheck={false}
              help="One per line, in any common notation (aa:bb:cc:dd:ee:ff, AA-BB-…, aabb.ccdd.eeff)."
              {...bind('macAddresses')}
            />
          </Col>
          <Col md={6}>
            <TextField id="asset-notes" label="Notes" rows={3} {...bind('notes')} />
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
          <SubmitButton pending={submitting}>{submitLabel}</SubmitButton>
          {children}
        </div>
      </fieldset>
    </Form>
  );
}
