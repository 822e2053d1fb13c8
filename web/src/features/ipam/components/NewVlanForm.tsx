import { useState, type FormEvent } from 'react';
import Form from 'react-bootstrap/Form';
import { FormActions, FormAlert, TextField } from '../../../components/FormFields';
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

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An empty or non-numeric id goes as typed so the API's range message explains it.
    const body = { vid: /^\d+$/.test(vid.trim()) ? Number(vid.trim()) : vid.trim(), name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) };
    create.mutate({ orgId, body }, { onSuccess: onCreated });
  }

  const field = { className: 'mb-2', compactLabel: true, size: 'sm' as const };
  return (
    <Form noValidate onSubmit={submit} aria-label="New VLAN" className="border rounded p-2 mt-2">
      <FormAlert errors={errors} compact />
      <fieldset disabled={create.isPending}>
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
        <FormActions submitLabel="Create VLAN" pending={create.isPending} onCancel={onCancel} size="sm" />
      </fieldset>
    </Form>
  );
}
