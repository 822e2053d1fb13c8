import { useState } from 'react';
import { InlineForm } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreatePatchPanel } from '../api/useCreatePatchPanel';
import { panelFormFields, type PanelFormField, type PatchPanel, type Rack } from '../types';
import { binding, NameSizePlaceFields } from './NameSizePlaceFields';

export interface NewPatchPanelFormProps {
  orgId: string;
  racks: Rack[];
  onCreated: (panel: PatchPanel) => void;
  onCancel: () => void;
}

export function NewPatchPanelForm({ orgId, racks, onCreated, onCancel }: NewPatchPanelFormProps) {
  const name = useState('');
  const portCount = useState('24');
  const rackId = useState('');
  const create = useCreatePatchPanel();
  const errors = formErrorsOf(create.error, panelFormFields);
  const fieldError = (field: PanelFormField) => fieldMessage(errors, field);

  function submit() {
    const body = { name: name[0].trim(), portCount: Number(portCount[0]), ...(rackId[0] ? { rackId: rackId[0] } : {}) };
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
        place={{ ...binding('new-panel-rack', 'Rack', rackId, fieldError('rackId')), empty: 'Not in a rack', options: racks.map((r) => ({ value: r.id, label: r.name })) }}
      />
    </InlineForm>
  );
}
