import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import Table from 'react-bootstrap/Table';
import { useAddInterface } from '../api/useAddInterface';
import { useRemoveInterface } from '../api/useRemoveInterface';
import { simpleFormErrors } from '../formErrors';
import { interfaceFormFields, type AssetInterface, type InterfaceFormField } from '../types';
import { ConfirmModal } from './ConfirmModal';

export interface InterfacesSectionProps {
  orgId: string;
  assetId: string;
  interfaces: readonly AssetInterface[];
  canWrite: boolean;
}

/** The asset's network interfaces; with assets.write, add (name, MAC, description) and remove. */
export function InterfacesSection({ orgId, assetId, interfaces, canWrite }: InterfacesSectionProps) {
  const [removing, setRemoving] = useState<AssetInterface | null>(null);
  const remove = useRemoveInterface();

  return (
    <section aria-labelledby="asset-interfaces" className="mb-4">
      <h2 id="asset-interfaces" className="h5">
        Interfaces
      </h2>
      {interfaces.length === 0 ? (
        <p className="text-body-secondary">No interfaces recorded.</p>
      ) : (
        <Table size="sm" responsive aria-label="Interfaces" className="align-middle">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">MAC address</th>
              <th scope="col">Description</th>
              {canWrite && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {interfaces.map((i) => (
              <tr key={i.id}>
                <td className="text-break">{i.name}</td>
                <td className="font-monospace">{i.macAddress ?? <span className="text-body-secondary">—</span>}</td>
                <td className="text-break">{i.description ?? <span className="text-body-secondary">—</span>}</td>
                {canWrite && (
                  <td className="text-end">
                    <Button variant="outline-danger" size="sm" aria-label={`Remove interface ${i.name}`} onClick={() => setRemoving(i)}>
                      Remove
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canWrite && <AddInterfaceForm orgId={orgId} assetId={assetId} />}
      {removing && (
        <ConfirmModal
          title="Remove interface"
          confirmLabel="Remove interface"
          pending={remove.isPending}
          error={remove.error}
          onClose={() => {
            remove.reset();
            setRemoving(null);
          }}
          onConfirm={() => remove.mutate({ orgId, assetId, interfaceId: removing.id }, { onSuccess: () => setRemoving(null) })}
        >
          Remove the interface <strong>{removing.name}</strong>? Its MAC address stays in the asset’s MAC addresses.
        </ConfirmModal>
      )}
    </section>
  );
}

function AddInterfaceForm({ orgId, assetId }: { orgId: string; assetId: string }) {
  const [name, setName] = useState('');
  const [mac, setMac] = useState('');
  const [description, setDescription] = useState('');
  const add = useAddInterface();
  const errors = simpleFormErrors<InterfaceFormField>(add.error, interfaceFormFields);
  const fieldError = (field: InterfaceFormField) => errors?.fieldErrors[field]?.join(' ');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(
      { orgId, assetId, body: { name: name.trim(), ...(mac.trim() ? { macAddress: mac.trim() } : {}), ...(description.trim() ? { description: description.trim() } : {}) } },
      {
        onSuccess: () => {
          setName('');
          setMac('');
          setDescription('');
        },
      },
    );
  }

  const control = (field: InterfaceFormField, id: string) => ({
    isInvalid: Boolean(fieldError(field)),
    'aria-describedby': fieldError(field) ? `${id}-error` : undefined,
  });
  const feedback = (field: InterfaceFormField, id: string) => (
    <Form.Control.Feedback type="invalid" id={`${id}-error`}>
      {fieldError(field)}
    </Form.Control.Feedback>
  );

  return (
    <Form noValidate onSubmit={submit} aria-label="Add interface" className="border rounded p-2">
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert" className="small p-2">
          {errors.formErrors.join(' ')}
        </Alert>
      )}
      <fieldset disabled={add.isPending}>
        <Row className="g-2 align-items-start">
          <Col sm={3}>
            <Form.Group controlId="interface-name">
              <Form.Label className="small mb-1">Interface name</Form.Label>
              <Form.Control size="sm" placeholder="eth0, Gi1/0/1" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} {...control('name', 'interface-name')} />
              {feedback('name', 'interface-name')}
            </Form.Group>
          </Col>
          <Col sm={3}>
            <Form.Group controlId="interface-mac">
              <Form.Label className="small mb-1">MAC address</Form.Label>
              <Form.Control
                size="sm"
                className="font-monospace"
                spellCheck={false}
                placeholder="aa:bb:cc:dd:ee:ff"
                value={mac}
                onChange={(e) => setMac(e.target.value)}
                {...control('macAddress', 'interface-mac')}
              />
              {feedback('macAddress', 'interface-mac')}
            </Form.Group>
          </Col>
          <Col sm={4}>
            <Form.Group controlId="interface-description">
              <Form.Label className="small mb-1">Description</Form.Label>
              <Form.Control size="sm" maxLength={500} value={description} onChange={(e) => setDescription(e.target.value)} {...control('description', 'interface-description')} />
              {feedback('description', 'interface-description')}
            </Form.Group>
          </Col>
          <Col sm={2} className="align-self-end">
            <Button type="submit" size="sm" variant="primary" className="w-100">
              {add.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
              Add interface
            </Button>
          </Col>
        </Row>
      </fieldset>
    </Form>
  );
}
