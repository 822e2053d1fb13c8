import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { useCreatePatchPanel } from '../api/useCreatePatchPanel';
import { fieldMessage, formErrorsOf } from '../formErrors';
import { panelFormFields, type PanelFormField, type PatchPanel, type Rack } from '../types';

export interface NewPatchPanelFormProps {
  orgId: string;
  racks: Rack[];
  onCreated(panel: PatchPanel): void;
  onCancel(): void;
}

export function NewPatchPanelForm({ orgId, racks, onCreated, onCancel }: NewPatchPanelFormProps) {
  const [name, setName] = useState('');
  const [portCount, setPortCount] = useState('24');
  const [rackId, setRackId] = useState('');
  const create = useCreatePatchPanel();
  const errors = formErrorsOf(create.error, panelFormFields);
  const fieldError = (field: PanelFormField) => fieldMessage(errors, field);
  const control = (field: PanelFormField, id: string) => ({
    isInvalid: Boolean(fieldError(field)),
    'aria-describedby': fieldError(field) ? `${id}-error` : undefined,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ orgId, body: { name: name.trim(), portCount: Number(portCount), ...(rackId ? { rackId } : {}) } }, { onSuccess: onCreated });
  }

  return (
    <Form noValidate onSubmit={submit} aria-label="New patch panel" className="border rounded p-3 mb-4">
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert">
          {errors.formErrors.join(' ')}
        </Alert>
      )}
      <fieldset disabled={create.isPending}>
        <Row className="g-3">
          <Col md={5}>
            <Form.Group controlId="new-panel-name">
              <Form.Label>Panel name</Form.Label>
              <Form.Control autoFocus maxLength={200} value={name} onChange={(e) => setName(e.target.value)} {...control('name', 'new-panel-name')} />
              <Form.Control.Feedback type="invalid" id="new-panel-name-error">
                {fieldError('name')}
              </Form.Control.Feedback>
            </Form.Group>
          </Col>
          <Col md={2}>
            <Form.Group controlId="new-panel-ports">
              <Form.Label>Ports</Form.Label>
              <Form.Control type="number" min={1} max={96} value={portCount} onChange={(e) => setPortCount(e.target.value)} {...control('portCount', 'new-panel-ports')} />
              <Form.Control.Feedback type="invalid" id="new-panel-ports-error">
                {fieldError('portCount')}
              </Form.Control.Feedback>
            </Form.Group>
          </Col>
          <Col md={5}>
            <Form.Group controlId="new-panel-rack">
              <Form.Label>Rack</Form.Label>
              <Form.Select value={rackId} onChange={(e) => setRackId(e.target.value)} {...control('rackId', 'new-panel-rack')}>
                <option value="">Not in a rack</option>
                {racks.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </Form.Select>
              <Form.Control.Feedback type="invalid" id="new-panel-rack-error">
                {fieldError('rackId')}
              </Form.Control.Feedback>
            </Form.Group>
          </Col>
        </Row>
        <div className="d-flex gap-2 mt-3">
          <Button type="submit" variant="primary">
            {create.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            Create patch panel
          </Button>
          <Button variant="outline-secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </Form>
  );
}
