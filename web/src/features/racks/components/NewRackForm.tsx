import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { useCreateRack } from '../api/useCreateRack';
import { fieldMessage, formErrorsOf } from '../formErrors';
import { rackFormFields, type Location, type Rack, type RackFormField } from '../types';

export interface NewRackFormProps {
  orgId: string;
  locations: Location[];
  onCreated(rack: Rack): void;
  onCancel(): void;
}

export function NewRackForm({ orgId, locations, onCreated, onCancel }: NewRackFormProps) {
  const [name, setName] = useState('');
  const [heightU, setHeightU] = useState('42');
  const [locationId, setLocationId] = useState('');
  const [notes, setNotes] = useState('');
  const create = useCreateRack();
  const errors = formErrorsOf(create.error, rackFormFields);
  const fieldError = (field: RackFormField) => fieldMessage(errors, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate(
      {
        orgId,
        body: { name: name.trim(), heightU: Number(heightU), ...(locationId ? { locationId } : {}), ...(notes.trim() ? { notes: notes.trim() } : {}) },
      },
      { onSuccess: onCreated },
    );
  }

  const control = (field: RackFormField, id: string) => ({
    isInvalid: Boolean(fieldError(field)),
    'aria-describedby': fieldError(field) ? `${id}-error` : undefined,
  });

  return (
    <Form noValidate onSubmit={submit} aria-label="New rack" className="border rounded p-3 mb-4">
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert">
          {errors.formErrors.join(' ')}
        </Alert>
      )}
      <fieldset disabled={create.isPending}>
        <Row className="g-3">
          <Col md={5}>
            <Form.Group controlId="new-rack-name">
              <Form.Label>Rack name</Form.Label>
              <Form.Control autoFocus maxLength={200} value={name} onChange={(e) => setName(e.target.value)} {...control('name', 'new-rack-name')} />
              <Form.Control.Feedback type="invalid" id="new-rack-name-error">
                {fieldError('name')}
              </Form.Control.Feedback>
            </Form.Group>
          </Col>
          <Col md={2}>
            <Form.Group controlId="new-rack-height">
              <Form.Label>Height (U)</Form.Label>
              <Form.Control type="number" min={1} max={60} value={heightU} onChange={(e) => setHeightU(e.target.value)} {...control('heightU', 'new-rack-height')} />
              <Form.Control.Feedback type="invalid" id="new-rack-height-error">
                {fieldError('heightU')}
              </Form.Control.Feedback>
            </Form.Group>
          </Col>
          <Col md={5}>
            <Form.Group controlId="new-rack-location">
              <Form.Label>Location</Form.Label>
              <Form.Select value={locationId} onChange={(e) => setLocationId(e.target.value)} {...control('locationId', 'new-rack-location')}>
                <option value="">No location</option>
                {locations.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </Form.Select>
              <Form.Control.Feedback type="invalid" id="new-rack-location-error">
                {fieldError('locationId')}
              </Form.Control.Feedback>
            </Form.Group>
          </Col>
          <Col xs={12}>
            <Form.Group controlId="new-rack-notes">
              <Form.Label>Notes</Form.Label>
              <Form.Control as="textarea" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} {...control('notes', 'new-rack-notes')} />
              <Form.Control.Feedback type="invalid" id="new-rack-notes-error">
                {fieldError('notes')}
              </Form.Control.Feedback>
            </Form.Group>
          </Col>
        </Row>
        <div className="d-flex gap-2 mt-3">
          <Button type="submit" variant="primary">
            {create.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            Create rack
          </Button>
          <Button variant="outline-secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </Form>
  );
}
