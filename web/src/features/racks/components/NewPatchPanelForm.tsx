import { useState, type FormEvent } from 'react';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { FormActions, FormAlert, SelectField, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreatePatchPanel } from '../api/useCreatePatchPanel';
import { panelFormFields, type PanelFormField, type PatchPanel, type Rack } from '../types';

export interface NewPatchPanelFormProps {
  orgId: string;
  racks: Rack[];
  onCreated: (panel: PatchPanel) => void;
  onCancel: () => void;
}

export function NewPatchPanelForm({ orgId, racks, onCreated, onCancel }: NewPatchPanelFormProps) {
  const [name, setName] = useState('');
  const [portCount, setPortCount] = useState('24');
  const [rackId, setRackId] = useState('');
  const create = useCreatePatchPanel();
  const errors = formErrorsOf(create.error, panelFormFields);
  const fieldError = (field: PanelFormField) => fieldMessage(errors, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ orgId, body: { name: name.trim(), portCount: Number(portCount), ...(rackId ? { rackId } : {}) } }, { onSuccess: onCreated });
  }

  return (
    <Form noValidate onSubmit={submit} aria-label="New patch panel" className="border rounded p-3 mb-4">
      <FormAlert errors={errors} />
      <fieldset disabled={create.isPending}>
        <Row className="g-3">
          <Col md={5}>
            <TextField id="new-panel-name" label="Panel name" autoFocus maxLength={200} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
          </Col>
          <Col md={2}>
            <TextField id="new-panel-ports" label="Ports" type="number" min={1} max={96} value={portCount} onChange={(e) => setPortCount(e.target.value)} error={fieldError('portCount')} />
          </Col>
          <Col md={5}>
            <SelectField
              id="new-panel-rack"
              label="Rack"
              value={rackId}
              onChange={(e) => setRackId(e.target.value)}
              error={fieldError('rackId')}
              options={racks.map((r) => ({ value: r.id, label: r.name }))}
            >
              <option value="">Not in a rack</option>
            </SelectField>
          </Col>
        </Row>
        <FormActions className="d-flex gap-2 mt-3" submitLabel="Create patch panel" pending={create.isPending} onCancel={onCancel} />
      </fieldset>
    </Form>
  );
}
