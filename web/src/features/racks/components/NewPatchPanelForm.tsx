import { useState } from 'react';
import { InlineForm } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreatePatchPanel } from '../api/useCreatePatchPanel';
import { panelFormFields, type PanelFormField, type PatchPanel } from '../types';
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
  const create = useCreatePatchPanel();
  const errors = formErrorsOf(create.error, panelFormFields);
  const fieldError = (field: PanelFormField) => fieldMessage(errors, field);

  function submit() {
    const body = { name: name[0].trim(), portCount: Number(portCount[0]), ...(rackId ? { rackId } : {}) };
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
      />
    </InlineForm>
  );
}
