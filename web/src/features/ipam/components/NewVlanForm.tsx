import { useState } from 'react';
import { InlineForm, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreateVlan } from '../api/useCreateVlan';
import { vlanFormFields, type Vlan, type VlanFormField } from '../types';

export interface NewVlanFormProps {
  orgId: string;
  onCreated: (vlan: Vlan) => void;
  onCancel: () => void;
}

export function NewVlanForm({ orgId, onCreated, onCancel }: NewVlanFormProps) {
  const [vid, setVid] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useCreateVlan();
  const errors = formErrorsOf(create.error, vlanFormFields);
  const fieldError = (field: VlanFormField) => fieldMessage(errors, field);

  function submit() {
    // An empty or non-numeric id goes as typed so the API's range message explains it.
    const body = { vid: /^\d+$/.test(vid.trim()) ? Number(vid.trim()) : vid.trim(), name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) };
    create.mutate({ orgId, body }, { onSuccess: onCreated });
  }

  const field = { className: 'mb-2', compactLabel: true, size: 'sm' as const };
  return (
    <InlineForm
      label="New VLAN"
      errors={errors}
      pending={create.isPending}
      submitLabel="Create VLAN"
      onSubmit={submit}
      onCancel={onCancel}
      compact
    >
      <TextField {...field} id="new-vlan-vid" label="VLAN id" autoFocus inputMode="numeric" maxLength={4} value={vid} onChange={(e) => setVid(e.target.value)} error={fieldError('vid')} />
      <TextField {...field} id="new-vlan-name" label="VLAN name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
      <TextField
        {...field}
        id="new-vlan-description"
        label="VLAN description"
        maxLength={1000}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={fieldError('description')}
      />
    </InlineForm>
  );
}
