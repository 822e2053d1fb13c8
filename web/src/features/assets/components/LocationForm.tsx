import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { useSaveLocation } from '../api/useSaveLocation';
import { simpleFormErrors } from '../formErrors';
import { locationFormFields, type Location, type LocationFormField, type SaveLocationBody } from '../types';

export interface LocationFormProps {
  orgId: string;
  /** Absent to create a location. */
  location?: Location;
  /** The sites a closet can belong to. */
  sites: readonly Location[];
  onSaved(location: Location): void;
  onCancel(): void;
}

/** Creates a site or a closet under a site, or edits one (the kind is fixed once created). */
export function LocationForm({ orgId, location, sites, onSaved, onCancel }: LocationFormProps) {
  const [name, setName] = useState(location?.name ?? '');
  const [kind, setKind] = useState(location?.kind ?? 'site');
  const [parentId, setParentId] = useState(location?.parentId ?? '');
  const [address, setAddress] = useState(location?.address ?? '');
  const [notes, setNotes] = useState(location?.notes ?? '');
  const save = useSaveLocation();
  const errors = simpleFormErrors<LocationFormField>(save.error, locationFormFields);
  const fieldError = (field: LocationFormField) => errors?.fieldErrors[field]?.join(' ');
  const title = location ? `Edit ${location.name}` : 'New location';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let body: SaveLocationBody;
    if (location) {
      body = {};
      if (name.trim() !== location.name) body.name = name.trim();
      if (address.trim() !== (location.address ?? '')) body.address = address.trim();
      if (notes.trim() !== (location.notes ?? '')) body.notes = notes.trim();
      if (location.kind === 'closet' && parentId && parentId !== location.parentId) body.parentId = parentId;
      if (Object.keys(body).length === 0) {
        onCancel();
        return;
      }
    } else {
      body = { name: name.trim(), kind };
      if (kind === 'closet' && parentId) body.parentId = parentId;
      if (address.trim()) body.address = address.trim();
      if (notes.trim()) body.notes = notes.trim();
    }
    save.mutate({ orgId, locationId: location?.id, body }, { onSuccess: onSaved });
  }

  const control = (field: LocationFormField, id: string) => ({
    isInvalid: Boolean(fieldError(field)),
    'aria-describedby': fieldError(field) ? `${id}-error` : undefined,
  });
  const feedback = (field: LocationFormField, id: string) => (
    <Form.Control.Feedback type="invalid" id={`${id}-error`}>
      {fieldError(field)}
    </Form.Control.Feedback>
  );

  return (
    <Form noValidate onSubmit={submit} aria-label={title} className="border rounded p-3 mb-3">
      <h3 className="h6">{title}</h3>
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert" className="small p-2">
          {errors.formErrors.join(' ')}
        </Alert>
      )}
      <fieldset disabled={save.isPending}>
        <Row className="g-2">
          <Col md={4}>
            <Form.Group controlId="location-name">
              <Form.Label className="small mb-1">Location name</Form.Label>
              <Form.Control autoFocus maxLength={200} value={name} onChange={(e) => setName(e.target.value)} {...control('name', 'location-name')} />
              {feedback('name', 'location-name')}
            </Form.Group>
          </Col>
          <Col md={4}>
            <Form.Group controlId="location-kind">
              <Form.Label className="small mb-1">Kind</Form.Label>
              <Form.Select value={kind} disabled={Boolean(location)} onChange={(e) => setKind(e.target.value)} {...control('kind', 'location-kind')}>
                <option value="site">Site</option>
                <option value="closet">Network closet (in a site)</option>
              </Form.Select>
              {feedback('kind', 'location-kind')}
            </Form.Group>
          </Col>
          {kind === 'closet' && (
            <Col md={4}>
              <Form.Group controlId="location-parent">
                <Form.Label className="small mb-1">Site</Form.Label>
                <Form.Select value={parentId} onChange={(e) => setParentId(e.target.value)} {...control('parentId', 'location-parent')}>
                  <option value="">Choose the site…</option>
                  {sites.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </Form.Select>
                {feedback('parentId', 'location-parent')}
              </Form.Group>
            </Col>
          )}
          <Col md={6}>
            <Form.Group controlId="location-address">
              <Form.Label className="small mb-1">Address</Form.Label>
              <Form.Control as="textarea" rows={2} maxLength={1000} value={address} onChange={(e) => setAddress(e.target.value)} {...control('address', 'location-address')} />
              {feedback('address', 'location-address')}
            </Form.Group>
          </Col>
          <Col md={6}>
            <Form.Group controlId="location-notes">
              <Form.Label className="small mb-1">Notes</Form.Label>
              <Form.Control as="textarea" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} {...control('notes', 'location-notes')} />
              {feedback('notes', 'location-notes')}
            </Form.Group>
          </Col>
        </Row>
        <div className="d-flex gap-2 mt-2">
          <Button type="submit" size="sm" variant="primary">
            {save.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            {location ? 'Save location' : 'Create location'}
          </Button>
          <Button size="sm" variant="outline-secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </Form>
  );
}
