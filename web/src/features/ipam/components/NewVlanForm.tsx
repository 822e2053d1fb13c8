import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { useCreateVlan } from '../api/useCreateVlan';
import { ipamFormErrors } from '../formErrors';
import { vlanFormFields, type Vlan, type VlanFormField } from '../types';

export interface NewVlanFormProps {
  orgId: string;
  onCreated(vlan: Vlan): void;
  onCancel(): void;
}

export function NewVlanForm({ orgId, onCreated, onCancel }: NewVlanFormProps) {
  const [vid, setVid] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useCreateVlan();
  const errors = ipamFormErrors(create.error, vlanFormFields);
  const fieldError = (field: VlanFormField) => errors?.fieldErrors[field]?.join(' ');
  const invalid = (field: VlanFormField, id: string) => ({
    isInvalid: Boolean(fieldError(field)),
    'aria-describedby': fieldError(field) ? `${id}-error` : undefined,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An empty or non-numeric id goes as typed so the API's range message explains it.
    const body = { vid: /^\d+$/.test(vid.trim()) ? Number(vid.trim()) : vid.trim(), name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) };
    create.mutate({ orgId, body }, { onSuccess: onCreated });
  }

  return (
    <Form noValidate onSubmit={submit} aria-label="New VLAN" className="border rounded p-2 mt-2">
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert" className="small p-2">
          {errors.formErrors.join(' ')}
        </Alert>
      )}
      <fieldset disabled={create.isPending}>
        <Form.Group className="mb-2" controlId="new-vlan-vid">
          <Form.Label className="small mb-1">VLAN id</Form.Label>
          <Form.Control size="sm" autoFocus inputMode="numeric" maxLength={4} value={vid} onChange={(e) => setVid(e.target.value)} {...invalid('vid', 'new-vlan-vid')} />
          <Form.Control.Feedback type="invalid" id="new-vlan-vid-error">
            {fieldError('vid')}
          </Form.Control.Feedback>
        </Form.Group>
        <Form.Group className="mb-2" controlId="new-vlan-name">
          <Form.Label className="small mb-1">VLAN name</Form.Label>
          <Form.Control size="sm" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} {...invalid('name', 'new-vlan-name')} />
          <Form.Control.Feedback type="invalid" id="new-vlan-name-error">
            {fieldError('name')}
          </Form.Control.Feedback>
        </Form.Group>
        <Form.Group className="mb-2" controlId="new-vlan-description">
          <Form.Label className="small mb-1">VLAN description</Form.Label>
          <Form.Control
            size="sm"
            maxLength={1000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            {...invalid('description', 'new-vlan-description')}
          />
          <Form.Control.Feedback type="invalid" id="new-vlan-description-error">
            {fieldError('description')}
          </Form.Control.Feedback>
        </Form.Group>
        <div className="d-flex gap-2">
          <Button type="submit" size="sm" variant="primary">
            {create.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            Create VLAN
          </Button>
          <Button size="sm" variant="outline-secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </Form>
  );
}
