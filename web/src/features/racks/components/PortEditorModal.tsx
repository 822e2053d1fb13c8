import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/FormFields';
import { AssetSelect, InterfaceSelect } from '../../../entities/asset/AssetSelect';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useConnectPort } from '../api/useConnectPort';
import { useDisconnectPort } from '../api/useDisconnectPort';
import { portFormFields, type ConnectPortBody, type PatchPanel, type PatchPort, type PortFormField } from '../types';

type Target = 'none' | 'port' | 'interface';

export interface PortEditorModalProps {
  orgId: string;
  panel: PatchPanel;
  port: PatchPort;
  /** Every panel: the other end of a port-to-port patch is picked from these. */
  panels: PatchPanel[];
  onClose: () => void;
  /** Saved or disconnected; `message` says what happened. */
  onDone: (message: string) => void;
}

/**
 * Labels a port and, while it is free, patches it to another port or to an asset interface; a connected port is
 * disconnected first (the API answers 409 otherwise). Mount per port.
 */
export function PortEditorModal({ orgId, panel, port, panels, onClose, onDone }: PortEditorModalProps) {
  const number = Number(port.number);
  const connected = Boolean(port.connectedTo);
  const [label, setLabel] = useState(port.label ?? '');
  const [target, setTarget] = useState<Target>('none');
  const [otherPanelId, setOtherPanelId] = useState(panel.id);
  const [otherPortId, setOtherPortId] = useState('');
  const [assetId, setAssetId] = useState('');
  const [interfaceId, setInterfaceId] = useState('');
  const connect = useConnectPort();
  const disconnect = useDisconnectPort();
  const otherPanel = panels.find((p) => p.id === otherPanelId);
  const otherPorts = [...(otherPanel?.ports ?? [])].sort((a, b) => Number(a.number) - Number(b.number));
  const errors = formErrorsOf(connect.error, portFormFields);
  const fieldError = (field: PortFormField) => fieldMessage(errors, field);
  const busy = connect.isPending || disconnect.isPending;
  const incomplete = (target === 'port' && !otherPortId) || (target === 'interface' && !interfaceId);
  const title = `Port ${number} of ${panel.name}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: ConnectPortBody = {
      label: label.trim(),
      ...(target === 'port' ? { portId: otherPortId } : {}),
      ...(target === 'interface' ? { interfaceId } : {}),
    };
    connect.mutate({ orgId, panelId: panel.id, number, body }, { onSuccess: () => onDone(`${title} saved.`) });
  }

  function unplug() {
    connect.reset();
    disconnect.mutate({ orgId, panelId: panel.id, number }, { onSuccess: () => onDone(`${title} disconnected.`) });
  }

  return (
    <Modal show onHide={onClose} aria-labelledby="port-editor-title">
      <Form noValidate onSubmit={submit} aria-label="Edit port">
        <Modal.Header closeButton>
          <Modal.Title id="port-editor-title">{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <FormAlert errors={errors} />
          <ErrorAlert error={disconnect.error} />
          <fieldset disabled={busy}>
            <TextField id="port-label" className="mb-3" label="Label" maxLength={100} value={label} onChange={(e) => setLabel(e.target.value)} error={fieldError('label')} />

            {connected ? (
              <div className="d-flex align-items-center justify-content-between gap-2 border rounded p-2 bg-success-subtle">
                <span>
                  Connected to <strong>{port.connectedTo}</strong>
                </span>
                <Button variant="outline-danger" size="sm" onClick={unplug}>
                  {disconnect.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
                  Disconnect
                </Button>
              </div>
            ) : (
              <fieldset>
                <legend className="fs-6">Connect to</legend>
                {(
                  [
                    ['none', 'Nothing'],
                    ['port', 'Another patch port'],
                    ['interface', 'An asset interface'],
                  ] as const
                ).map(([value, text]) => (
                  <Form.Check
                    key={value}
                    inline
                    type="radio"
                    name="port-target"
                    id={`port-target-${value}`}
                    label={text}
                    checked={target === value}
                    onChange={() => setTarget(value)}
                  />
                ))}

                {target === 'port' && (
                  <div className="mt-3">
                    <SelectField
                      id="port-other-panel"
                      className="mb-2"
                      label="Panel"
                      value={otherPanelId}
                      onChange={(e) => {
                        setOtherPanelId(e.target.value);
                        setOtherPortId('');
                      }}
                      options={panels.map((p) => ({ value: p.id, label: p.name }))}
                    />
                    <SelectField id="port-other-port" label="Port" value={otherPortId} onChange={(e) => setOtherPortId(e.target.value)} error={fieldError('portId')}>
                      <option value="">Choose a port</option>
                      {otherPorts.map((p) => (
                        <option key={p.id} value={p.id} disabled={p.id === port.id || Boolean(p.connectedTo)}>
                          {Number(p.number)}
                          {p.label ? ` – ${p.label}` : ''}
                          {p.id === port.id ? ' (this port)' : p.connectedTo ? ` (connected to ${p.connectedTo})` : ''}
                        </option>
                      ))}
                    </SelectField>
                  </div>
                )}

                {target === 'interface' && (
                  <div className="mt-3">
                    <AssetSelect
                      orgId={orgId}
                      idPrefix="port"
                      assetId={assetId}
                      emptyLabel="Choose an asset"
                      onChange={(id) => {
                        setAssetId(id);
                        setInterfaceId('');
                      }}
                    />
                    <InterfaceSelect
                      id="port-interface"
                      orgId={orgId}
                      assetId={assetId}
                      value={interfaceId}
                      onChange={setInterfaceId}
                      emptyLabel="Choose an interface"
                      error={fieldError('interfaceId')}
                    />
                  </div>
                )}
              </fieldset>
            )}
          </fieldset>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <SubmitButton pending={connect.isPending} disabled={busy || incomplete}>
            Save port
          </SubmitButton>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
