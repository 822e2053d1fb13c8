import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { DataTable, none } from '../../../components/DataTable';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useAddInterface } from '../api/useAddInterface';
import { useRemoveInterface } from '../api/useRemoveInterface';
import { interfaceFormFields, type AssetInterface, type InterfaceFormField } from '../types';

export interface InterfacesSectionProps {
  orgId: string;
  assetId: string;
  interfaces: readonly AssetInterface[];
  canWrite: boolean;
}

/** The asset's network interfaces; with assets.write, add (name, MAC, description) and remove. */
export function InterfacesSection({ orgId, assetId, interfaces, canWrite }: InterfacesSectionProps) {
  const [removing, setRemoving] = useState<AssetInterface | null>(null);
  const remove = useRemoveInterface();

  return (
    <section aria-labelledby="asset-interfaces" className="mb-4">
      <h2 id="asset-interfaces" className="h5">
        Interfaces
      </h2>
      {interfaces.length === 0 ? (
        <p className="text-body-secondary">No interfaces recorded.</p>
      ) : (
        <DataTable
          label="Interfaces"
          size="sm"
          rows={interfaces}
          rowKey={(i) => i.id}
          columns={[
            { header: 'Name', className: 'text-break', cell: (i) => i.name },
            { header: 'MAC address', className: 'font-monospace', cell: (i) => i.macAddress ?? none },
            { header: 'Description', className: 'text-break', cell: (i) => i.description ?? none },
            canWrite && {
              header: 'Actions',
              hideHeader: true,
              className: 'text-end',
              cell: (i) => (
                <Button variant="outline-danger" size="sm" aria-label={`Remove interface ${i.name}`} onClick={() => setRemoving(i)}>
                  Remove
                </Button>
              ),
            },
          ]}
        />
      )}
      {canWrite && <AddInterfaceForm orgId={orgId} assetId={assetId} />}
      <ConfirmAction
        item={removing}
        title="Remove interface"
        confirmLabel="Remove interface"
        mutation={remove}
        variables={(i) => ({ orgId, assetId, interfaceId: i.id, etag: i.etag })}
        onClose={() => setRemoving(null)}
      >
        {(i) => (
          <>
            Remove the interface <strong>{i.name}</strong>? Its MAC address stays in the asset’s MAC addresses.
          </>
        )}
      </ConfirmAction>
    </section>
  );
}

function AddInterfaceForm({ orgId, assetId }: { orgId: string; assetId: string }) {
  const [name, setName] = useState('');
  const [mac, setMac] = useState('');
  const [description, setDescription] = useState('');
  const add = useAddInterface();
  const errors = formErrorsOf(add.error, interfaceFormFields);
  const fieldError = (field: InterfaceFormField) => fieldMessage(errors, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(
      { orgId, assetId, body: { name: name.trim(), ...(mac.trim() ? { macAddress: mac.trim() } : {}), ...(description.trim() ? { description: description.trim() } : {}) } },
      {
        onSuccess: () => {
          setName('');
          setMac('');
          setDescription('');
        },
      },
    );
  }

  const small = { compactLabel: true, size: 'sm' as const };
  return (
    <Form noValidate onSubmit={submit} aria-label="Add interface" className="border rounded p-2">
      <FormAlert errors={errors} compact />
      <fieldset disabled={add.isPending}>
        <Row className="g-2 align-items-start">
          <Col sm={3}>
            <TextField {...small} id="interface-name" label="Interface name" placeholder="eth0, Gi1/0/1" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
          </Col>
          <Col sm={3}>
            <TextField
              {...small}
              id="interface-mac"
              label="MAC address"
              controlClassName="font-monospace"
              spellCheck={false}
              placeholder="aa:bb:cc:dd:ee:ff"
              value={mac}
              onChange={(e) => setMac(e.target.value)}
              error={fieldError('macAddress')}
            />
          </Col>
          <Col sm={4}>
            <TextField {...small} id="interface-description" label="Description" maxLength={500} value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError('description')} />
          </Col>
          <Col sm={2} className="align-self-end">
            <SubmitButton size="sm" className="w-100" pending={add.isPending}>
              Add interface
            </SubmitButton>
          </Col>
        </Row>
      </fieldset>
    </Form>
  );
}
