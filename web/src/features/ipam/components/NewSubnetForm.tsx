import { useState } from 'react';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { InlineForm, SelectField, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useCreateSubnet } from '../api/useCreateSubnet';
import { subnetFormFields, type Subnet, type SubnetFormField, type Vlan } from '../types';

export interface NewSubnetFormProps {
  orgId: string;
  vlans: readonly Vlan[];
  onCreated: (subnet: Subnet) => void;
  onCancel: () => void;
}

/** A subnet in CIDR notation with host bits zero; the API explains a malformed or duplicate network on the field. */
export function NewSubnetForm({ orgId, vlans, onCreated, onCancel }: NewSubnetFormProps) {
  const [network, setNetwork] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [vlanId, setVlanId] = useState('');
  const create = useCreateSubnet();
  const errors = formErrorsOf(create.error, subnetFormFields);
  const fieldError = (field: SubnetFormField) => fieldMessage(errors, field);

  function submit() {
    create.mutate(
      {
        orgId,
        body: {
          network: network.trim(),
          ...(name.trim() ? { name: name.trim() } : {}),
          ...(description.trim() ? { description: description.trim() } : {}),
          ...(vlanId ? { vlanId } : {}),
        },
      },
      { onSuccess: onCreated },
    );
  }

  return (
    <InlineForm
      label="New subnet"
      title={<h2 className="h5">New subnet</h2>}
      errors={errors}
      pending={create.isPending}
      submitLabel="Create subnet"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Row className="g-3 mb-3">
        <Col md={4}>
          <TextField
            id="new-subnet-network"
            label="Network"
            autoFocus
            spellCheck={false}
            placeholder="10.0.1.0/24"
            maxLength={50}
            value={network}
            onChange={(e) => setNetwork(e.target.value)}
            error={fieldError('network')}
            help={fieldError('network') ? undefined : 'CIDR with host bits zero, IPv4 or IPv6.'}
          />
        </Col>
        <Col md={4}>
          <TextField id="new-subnet-name" label="Name" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
        </Col>
        <Col md={4}>
          <SelectField
            id="new-subnet-vlan"
            label="VLAN"
            value={vlanId}
            onChange={(e) => setVlanId(e.target.value)}
            error={fieldError('vlanId')}
            options={vlans.map((v) => ({ value: v.id, label: `${v.vid} · ${v.name}` }))}
          >
            <option value="">No VLAN</option>
          </SelectField>
        </Col>
        <Col xs={12}>
          <TextField
            id="new-subnet-description"
            label="Description"
            maxLength={1000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            error={fieldError('description')}
          />
        </Col>
      </Row>
    </InlineForm>
  );
}
