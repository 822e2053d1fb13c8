import { useState, type FormEvent } from 'react';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { FormActions, FormAlert, SelectField, TextField } from '../../../components/FormFields';
import type { Location } from '../../../entities/location/useLocations';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreateRack } from '../api/useCreateRack';
import { rackFormFields, type Rack, type RackFormField } from '../types';

export interface NewRackFormProps {
  orgId: string;
  locations: Location[];
  onCreated: (rack: Rack) => void;
  onCancel: () => void;
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

  return (
    <Form noValidate onSubmit={submit} aria-label="New rack" className="border rounded p-3 mb-4">
      <FormAlert errors={errors} />
      <fieldset disabled={create.isPending}>
        <Row className="g-3">
          <Col md={5}>
            <TextField id="new-rack-name" label="Rack name" autoFocus maxLength={200} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
          </Col>
          <Col md={2}>
            <TextField id="new-rack-height" label="Height (U)" type="number" min={1} max={60} value={heightU} onChange={(e) => setHeightU(e.target.value)} error={fieldError('heightU')} />
          </Col>
          <Col md={5}>
            <SelectField
              id="new-rack-location"
              label="Location"
              value={locationId}
              onChange={(e) => setLocationId(e.target.value)}
              error={fieldError('locationId')}
              options={locations.map((l) => ({ value: l.id, label: l.name }))}
            >
              <option value="">No location</option>
            </SelectField>
          </Col>
          <Col xs={12}>
            <TextField id="new-rack-notes" label="Notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} error={fieldError('notes')} />
          </Col>
        </Row>
        <FormActions className="d-flex gap-2 mt-3" submitLabel="Create rack" pending={create.isPending} onCancel={onCancel} />
      </fieldset>
    </Form>
  );
}
