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

const vidRange = 'VLAN id must be a whole number from 1 to 4094';

/** The typed VLAN id as a number, or null when it is not a whole number in 802.1Q's usable range. */
export function parseVlanId(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const vid = Number(trimmed);
  return vid >= 1 && vid <= 4094 ? vid : null;
}

export function NewVlanForm({ orgId, onCreated, onCancel }: NewVlanFormProps) {
  const [vid, setVid] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  // Checked here: the API takes a number only, so a typo never reaches it.
  const [vidError, setVidError] = useState<string | null>(null);
  const create = useCreateVlan();
  const errors = formErrorsOf(create.error, vlanFormFields);
  const fieldError = (field: VlanFormField) => fieldMessage(errors, field);

  function submit() {
    const parsed = parseVlanId(vid);
    if (parsed === null) {
      create.reset();
      setVidError(vidRange);
      return;
    }
    setVidError(null);
    const body = { vid: parsed, name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) };
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
      <TextField
        {...field}
        id="new-vlan-vid"
        label="VLAN id"
        autoFocus
        inputMode="numeric"
        maxLength={4}
        value={vid}
        onChange={(e) => {
          setVid(e.target.value);
          setVidError(null);
        }}
        error={vidError ?? fieldError('vid')}
      />
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
