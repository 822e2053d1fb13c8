import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useNextFreeAddress } from '../api/useNextFreeAddress';
import { ipamFormErrors } from '../formErrors';
import { emptyIpAddressForm } from '../ipAddressBody';
import { ipAddressFormFields, ipStatuses, type IpAddressFormField, type IpAddressFormValues, type IpStatus } from '../types';
import { AssetPicker } from './AssetPicker';

export interface IpAddressFormProps {
  orgId: string;
  /** With a subnet the form offers "Use next free" from it. */
  subnetId?: string;
  /** Shown as the address placeholder, e.g. the subnet's network. */
  addressHint?: string;
  initialValues?: IpAddressFormValues;
  /** Picking assets needs assets.read; without it the asset fields are hidden. */
  canPickAssets: boolean;
  submitLabel: string;
  submitting: boolean;
  error?: unknown;
  onSubmit(values: IpAddressFormValues): void;
  onCancel(): void;
  /** Names the form (also prefixes the control ids, so two forms can share a page). */
  name: string;
  idPrefix: string;
}

/** Address, status, hostname, description and an optional asset/interface; API 400/409 messages show on their field. */
export function IpAddressForm({
  orgId,
  subnetId,
  addressHint,
  initialValues = emptyIpAddressForm,
  canPickAssets,
  submitLabel,
  submitting,
  error,
  onSubmit,
  onCancel,
  name,
  idPrefix,
}: IpAddressFormProps) {
  const [values, setValues] = useState<IpAddressFormValues>(initialValues);
  const nextFree = useNextFreeAddress();
  const errors = ipamFormErrors(error, ipAddressFormFields);
  const fieldError = (field: IpAddressFormField) => errors?.fieldErrors[field]?.join(' ');
  const set = <K extends keyof IpAddressFormValues>(key: K, value: IpAddressFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const id = (field: string) => `${idPrefix}-${field}`;
  const invalid = (field: IpAddressFormField, help?: string) => ({
    isInvalid: Boolean(fieldError(field)),
    'aria-describedby': fieldError(field) ? `${id(field)}-error` : help,
  });
  const feedback = (field: IpAddressFormField) => (
    <Form.Control.Feedback type="invalid" id={`${id(field)}-error`}>
      {fieldError(field)}
    </Form.Control.Feedback>
  );

  function fillNextFree() {
    if (!subnetId) return;
    nextFree.mutate({ orgId, subnetId }, { onSuccess: ({ address }) => set('address', address) });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(values);
  }

  return (
    <Form noValidate onSubmit={handleSubmit} aria-label={name} autoComplete="off">
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert">
          {errors.formErrors.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </Alert>
      )}
      <fieldset disabled={submitting}>
        <Row className="g-3 mb-3">
          <Col md={6}>
            <Form.Group controlId={id('address')}>
              <Form.Label>Address</Form.Label>
              <InputGroup hasValidation>
                <Form.Control
                  spellCheck={false}
                  placeholder={addressHint}
                  maxLength={45}
                  value={values.address}
                  onChange={(e) => set('address', e.target.value)}
                  {...invalid('address', nextFree.isError ? `${id('next-free')}-error` : undefined)}
                />
                {subnetId && (
                  <Button variant="outline-secondary" onClick={fillNextFree} disabled={nextFree.isPending}>
                    {nextFree.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
                    Use next free
                  </Button>
                )}
                {feedback('address')}
              </InputGroup>
              {nextFree.isError && (
                <Form.Text id={`${id('next-free')}-error`} className="text-danger" role="alert">
                  {errorMessage(nextFree.error)}
                </Form.Text>
              )}
            </Form.Group>
          </Col>
          <Col md={6}>
            <Form.Group controlId={id('status')}>
              <Form.Label>Status</Form.Label>
              <Form.Select value={values.status} onChange={(e) => set('status', e.target.value as IpStatus)} {...invalid('status')}>
                {ipStatuses.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </Form.Select>
              {feedback('status')}
            </Form.Group>
          </Col>
          <Col md={6}>
            <Form.Group controlId={id('hostname')}>
              <Form.Label>Hostname</Form.Label>
              <Form.Control
                spellCheck={false}
                maxLength={253}
                placeholder="web01.example.lan"
                value={values.hostname}
                onChange={(e) => set('hostname', e.target.value)}
                {...invalid('hostname')}
              />
              {feedback('hostname')}
            </Form.Group>
          </Col>
          <Col md={6}>
            <Form.Group controlId={id('description')}>
              <Form.Label>Description</Form.Label>
              <Form.Control maxLength={1000} value={values.description} onChange={(e) => set('description', e.target.value)} {...invalid('description')} />
              {feedback('description')}
            </Form.Group>
          </Col>
          {/* The API cannot unassign: once assigned, an address can move to another asset but not to none. */}
          {canPickAssets && (
            <AssetPicker
              orgId={orgId}
              idPrefix={idPrefix}
              assetId={values.assetId}
              interfaceId={values.interfaceId}
              allowNone={!initialValues.assetId}
              assetError={fieldError('assetId')}
              interfaceError={fieldError('interfaceId')}
              onAssetChange={(assetId) => setValues((v) => ({ ...v, assetId, interfaceId: '' }))}
              onInterfaceChange={(interfaceId) => set('interfaceId', interfaceId)}
            />
          )}
        </Row>
        <div className="d-flex gap-2">
          <Button type="submit" variant="primary">
            {submitting && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            {submitLabel}
          </Button>
          <Button variant="outline-secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </Form>
  );
}
