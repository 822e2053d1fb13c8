import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useLocationOptions } from '../../../entities/location/useLocations';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import type { FloorPlan } from '../../../entities/floorPlan/types';

export interface FloorPlanFormValues {
  name: string;
  locationId: string;
  level: string;
  description: string;
}

export const emptyFloorPlanForm: FloorPlanFormValues = { name: '', locationId: '', level: '', description: '' };

export function floorPlanFormValues(plan: FloorPlan): FloorPlanFormValues {
  return { name: plan.name, locationId: plan.locationId ?? '', level: plan.level ?? '', description: plan.description ?? '' };
}

/** A floor plan's name, location (the organisation's sites and closets), level and description. */
export function FloorPlanForm({ orgId, initial, submitLabel, busy, error, onSubmit, onCancel }: {
  orgId: string;
  initial: FloorPlanFormValues;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: FloorPlanFormValues) => void;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState(initial);
  const locations = useLocationOptions(orgId);
  const errors = formErrorsOf(error, ['name', 'locationId', 'level', 'description'] as const);
  const set = (field: keyof FloorPlanFormValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  return (
    <Form onSubmit={submit} noValidate className="border rounded p-3 mb-3" style={{ maxWidth: '40rem' }}>
      {errors && errors.formErrors.length > 0 && <p className="text-danger small" role="alert">{errors.formErrors.join(' ')}</p>}
      <Form.Group controlId="floor-plan-name" className="mb-3">
        <Form.Label>Name</Form.Label>
        <Form.Control value={values.name} onChange={set('name')} required maxLength={300} isInvalid={Boolean(fieldMessage(errors, 'name'))} placeholder="Head office – 2nd floor" />
        <Form.Control.Feedback type="invalid">{fieldMessage(errors, 'name')}</Form.Control.Feedback>
      </Form.Group>
      <Form.Group controlId="floor-plan-location" className="mb-3">
        <Form.Label>Location</Form.Label>
        <Form.Select value={values.locationId} onChange={set('locationId')} isInvalid={Boolean(fieldMessage(errors, 'locationId'))} aria-busy={locations.isPending}>
          <option value="">No particular location</option>
          {(locations.data?.items ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </Form.Select>
        <Form.Control.Feedback type="invalid">{fieldMessage(errors, 'locationId')}</Form.Control.Feedback>
      </Form.Group>
      <Form.Group controlId="floor-plan-level" className="mb-3">
        <Form.Label>Level</Form.Label>
        <Form.Control value={values.level} onChange={set('level')} maxLength={100} isInvalid={Boolean(fieldMessage(errors, 'level'))} placeholder="2nd floor, Basement…" />
        <Form.Control.Feedback type="invalid">{fieldMessage(errors, 'level')}</Form.Control.Feedback>
      </Form.Group>
      <Form.Group controlId="floor-plan-description" className="mb-3">
        <Form.Label>Description</Form.Label>
        <Form.Control as="textarea" rows={2} value={values.description} onChange={set('description')} maxLength={4000} isInvalid={Boolean(fieldMessage(errors, 'description'))} />
        <Form.Control.Feedback type="invalid">{fieldMessage(errors, 'description')}</Form.Control.Feedback>
      </Form.Group>
      <div className="d-flex gap-2">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="outline-secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
      </div>
    </Form>
  );
}
