import { useState, type FormEvent, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import InputGroup from 'react-bootstrap/InputGroup';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { FormActions, FormAlert, SelectField, TextField } from '../../../components/FormFields';
import { AssetSelect, InterfaceSelect } from '../../../entities/asset/AssetSelect';
import { errorMessage, fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useNextFreeAddress } from '../api/useNextFreeAddress';
import { emptyIpAddressForm } from '../ipAddressBody';
import { ipAddressFormFields, ipStatuses, type IpAddressFormField, type IpAddressFormValues, type IpStatus } from '../types';

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
  /** Replaces the alert of form-level errors (e.g. a StaleAlert for a 412). */
  alert?: ReactNode;
  onSubmit: (values: IpAddressFormValues) => void;
  onCancel: () => void;
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
  alert,
  onSubmit,
  onCancel,
  name,
  idPrefix,
}: IpAddressFormProps) {
  const [values, setValues] = useState<IpAddressFormValues>(initialValues);
  const nextFree = useNextFreeAddress();
  const errors = formErrorsOf(error, ipAddressFormFields);
  const fieldError = (field: IpAddressFormField) => fieldMessage(errors, field);
  const set = <K extends keyof IpAddressFormValues>(key: K, value: IpAddressFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const id = (field: string) => `${idPrefix}-${field}`;

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
      {alert ?? <FormAlert errors={errors} />}
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
                  isInvalid={Boolean(fieldError('address'))}
                  aria-describedby={fieldError('address') ? `${id('address')}-error` : nextFree.isError ? `${id('next-free')}-error` : undefined}
                />
                {subnetId && (
                  <Button variant="outline-secondary" onClick={fillNextFree} disabled={nextFree.isPending}>
                    {nextFree.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
                    Use next free
                  </Button>
                )}
                <Form.Control.Feedback type="invalid" id={`${id('address')}-error`}>
                  {fieldError('address')}
                </Form.Control.Feedback>
              </InputGroup>
              {nextFree.isError && (
                <Form.Text id={`${id('next-free')}-error`} className="text-danger" role="alert">
                  {errorMessage(nextFree.error)}
                </Form.Text>
              )}
            </Form.Group>
          </Col>
          <Col md={6}>
            <SelectField
              id={id('status')}
              label="Status"
              value={values.status}
              onChange={(e) => set('status', e.target.value as IpStatus)}
              error={fieldError('status')}
              options={ipStatuses}
            />
          </Col>
          <Col md={6}>
            <TextField
              id={id('hostname')}
              label="Hostname"
              spellCheck={false}
              maxLength={253}
              placeholder="web01.example.lan"
              value={values.hostname}
              onChange={(e) => set('hostname', e.target.value)}
              error={fieldError('hostname')}
            />
          </Col>
          <Col md={6}>
            <TextField
              id={id('description')}
              label="Description"
              maxLength={1000}
              value={values.description}
              onChange={(e) => set('description', e.target.value)}
              error={fieldError('description')}
            />
          </Col>
          {/* The API cannot unassign: once assigned, an address can move to another asset but not to none. */}
          {canPickAssets && (
            <>
              <Col md={6}>
                <AssetSelect
                  orgId={orgId}
                  idPrefix={idPrefix}
                  assetId={values.assetId}
                  emptyLabel={!initialValues.assetId || !values.assetId ? 'No asset' : null}
                  onChange={(assetId) => setValues((v) => ({ ...v, assetId, interfaceId: '' }))}
                  error={fieldError('assetId')}
                />
              </Col>
              <Col md={6} className="d-flex flex-column justify-content-end">
                <InterfaceSelect
                  id={id('interface')}
                  className="mb-3"
                  orgId={orgId}
                  assetId={values.assetId}
                  value={values.interfaceId}
                  onChange={(interfaceId) => set('interfaceId', interfaceId)}
                  emptyLabel="No interface"
                  error={fieldError('interfaceId')}
                />
              </Col>
            </>
          )}
        </Row>
        <FormActions submitLabel={submitLabel} pending={submitting} onCancel={onCancel} />
      </fieldset>
    </Form>
  );
}
