import { useState } from 'react';
import Col from 'react-bootstrap/Col';
import { InlineForm, SelectField, TextField } from '../../../components/FormFields';
import type { Location } from '../../../entities/location/useLocations';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreateRack } from '../api/useCreateRack';
import { rackFormFields, type Rack, type RackFormField } from '../types';
import { binding, NameSizePlaceFields } from './NameSizePlaceFields';

export interface NewRackFormProps {
  orgId: string;
  locations: Location[];
  onCreated: (rack: Rack) => void;
  onCancel: () => void;
}

export function NewRackForm({ orgId, locations, onCreated, onCancel }: NewRackFormProps) {
  const name = useState('');
  const heightU = useState('42');
  const [locationId, setLocationId] = useState('');
  const [notes, setNotes] = useState('');
  const create = useCreateRack();
  const errors = formErrorsOf(create.error, rackFormFields);
  const fieldError = (field: RackFormField) => fieldMessage(errors, field);

  function submit() {
    create.mutate(
      {
        orgId,
        body: {
          name: name[0].trim(),
          heightU: Number(heightU[0]),
          ...(locationId ? { locationId } : {}),
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        },
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <InlineForm
      label="New rack"
      errors={errors}
      pending={create.isPending}
      submitLabel="Create rack"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <NameSizePlaceFields
        name={binding('new-rack-name', 'Rack name', name, fieldError('name'))}
        size={{ ...binding('new-rack-height', 'Height (U)', heightU, fieldError('heightU')), min: 1, max: 60 }}
        place={
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
        }
      >
        <Col xs={12}>
          <TextField id="new-rack-notes" label="Notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} error={fieldError('notes')} />
        </Col>
      </NameSizePlaceFields>
    </InlineForm>
  );
}
