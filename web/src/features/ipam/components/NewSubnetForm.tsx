import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { useCreateSubnet } from '../api/useCreateSubnet';
import { ipamFormErrors } from '../formErrors';
import { subnetFormFields, type Subnet, type SubnetFormField, type Vlan } from '../types';

export interface NewSubnetFormProps {
  orgId: string;
  vlans: readonly Vlan[];
  onCreated(subnet: Subnet): void;
  onCancel(): void;
}

/** A subnet in CIDR notation with host bits zero; the API explains a malformed or duplicate network on the field. */
export function NewSubnetForm({ orgId, vlans, onCreated, onCancel }: NewSubnetFormProps) {
  const [network, setNetwork] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [vlanId, setVlanId] = useState('');
  const create = useCreateSubnet();
  const errors = ipamFormErrors(create.error, subnetFormFields);
  const fieldError = (field: SubnetFormField) => errors?.fieldErrors[field]?.join(' ');
  const invalid = (field: SubnetFormField, id: string, help?: string) => ({
    isInvalid: Boolean(fieldError(field)),
    'aria-describedby': fieldError(field) ? `${id}-error` : help,
  });
  const feedback = (field: SubnetFormField, id: string) => (
    <Form.Control.Feedback type="invalid" id={`${id}-error`}>
      {fieldError(field)}
    </Form.Control.Feedback>
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(
      {
        orgId,
        body: {
          network: network.trim(),
          ...(name.trim() ? { name: name.trim() } : {}),
          ...(description.trim() ? { description: description.trim() } : {}),
          ...(vlanId ? { vlanId } : {}),
        },
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <Form noValidate onSubmit={submit} aria-label="New subnet" className="border rounded p-3 mb-4">
      <h2 className="h5">New subnet</h2>
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert">
          {errors.formErrors.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </Alert>
      )}
      <fieldset disabled={create.isPending}>
        <Row className="g-3 mb-3">
          <Col md={4}>
            <Form.Group controlId="new-subnet-network">
              <Form.Label>Network</Form.Label>
              <Form.Control
                autoFocus
                spellCheck={false}
                placeholder="10.0.1.0/24"
                maxLength={50}
                value={network}
                onChange={(e) => setNetwork(e.target.value)}
                {...invalid('network', 'new-subnet-network', 'new-subnet-network-help')}
              />
              {fieldError('network') ? (
                feedback('network', 'new-subnet-network')
              ) : (
                <Form.Text id="new-subnet-network-help">CIDR with host bits zero, IPv4 or IPv6.</Form.Text>
              )}
            </Form.Group>
          </Col>
          <Col md={4}>
            <Form.Group controlId="new-subnet-name">
              <Form.Label>Name</Form.Label>
              <Form.Control maxLength={200} value={name} onChange={(e) => setName(e.target.value)} {...invalid('name', 'new-subnet-name')} />
              {feedback('name', 'new-subnet-name')}
            </Form.Group>
          </Col>
          <Col md={4}>
            <Form.Group controlId="new-subnet-vlan">
              <Form.Label>VLAN</Form.Label>
              <Form.Select value={vlanId} onChange={(e) => setVlanId(e.target.value)} {...invalid('vlanId', 'new-subnet-vlan')}>
                <option value="">No VLAN</option>
                {vlans.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.vid} · {v.name}
                  </option>
                ))}
              </Form.Select>
              {feedback('vlanId', 'new-subnet-vlan')}
            </Form.Group>
          </Col>
          <Col xs={12}>
            <Form.Group controlId="new-subnet-description">
              <Form.Label>Description</Form.Label>
              <Form.Control
                maxLength={1000}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
                {...invalid('description', 'new-subnet-description')}
              />
              {feedback('description', 'new-subnet-description')}
            </Form.Group>
          </Col>
        </Row>
        <div className="d-flex gap-2">
          <Button type="submit" variant="primary">
            {create.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            Create subnet
          </Button>
          <Button variant="outline-secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </Form>
  );
}
