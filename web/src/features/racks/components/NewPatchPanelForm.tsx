import { useState } from 'react';
import Col from 'react-bootstrap/Col';
import { InlineForm, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreatePatchPanel } from '../api/useCreatePatchPanel';
import { panelFormFields, type Face, type PanelFormField, type PatchPanel } from '../types';
import { FaceSelect } from './FaceSelect';
import { binding, NameSizePlaceFields } from './NameSizePlaceFields';
import { RackSelect } from './RackSelect';

export interface NewPatchPanelFormProps {
  orgId: string;
  onCreated: (panel: PatchPanel) => void;
  onCancel: () => void;
}

export function NewPatchPanelForm({ orgId, onCreated, onCancel }: NewPatchPanelFormProps) {
  const name = useState('');
  const portCount = useState('24');
  const [rackId, setRackId] = useState('');
  const [positionU, setPositionU] = useState('');
  const [face, setFace] = useState<Face>('front');
  const create = useCreatePatchPanel();
  const errors = formErrorsOf(create.error, panelFormFields);
  const fieldError = (field: PanelFormField) => fieldMessage(errors, field);

  function submit() {
    const position = rackId && positionU.trim() ? { positionU: Number(positionU), face } : {};
    const body = { name: name[0].trim(), portCount: Number(portCount[0]), ...(rackId ? { rackId } : {}), ...position };
    create.mutate({ orgId, body }, { onSuccess: onCreated });
  }

  return (
    <InlineForm
      label="New patch panel"
      errors={errors}
      pending={create.isPending}
      submitLabel="Create patch panel"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <NameSizePlaceFields
        name={binding('new-panel-name', 'Panel name', name, fieldError('name'))}
        size={{ ...binding('new-panel-ports', 'Ports', portCount, fieldError('portCount')), min: 1, max: 96 }}
        place={<RackSelect id="new-panel-rack" orgId={orgId} value={rackId} onChange={setRackId} emptyLabel="Not in a rack" error={fieldError('rackId')} />}
      >
        {rackId && (
          <>
            <Col md={3}>
              <TextField
                id="new-panel-position"
                label="Unit (U)"
                type="number"
                min={1}
                value={positionU}
                onChange={(e) => setPositionU(e.target.value)}
                help="Draws the panel in the rack's elevation; leave empty to skip."
                error={fieldError('positionU')}
              />
            </Col>
            <Col md={2}>
              <FaceSelect id="new-panel-face" value={face} onChange={setFace} error={fieldError('face')} />
            </Col>
          </>
        )}
      </NameSizePlaceFields>
    </InlineForm>
  );
}
