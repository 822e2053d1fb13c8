import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormAlert, SelectField, SubmitButton, TextField } from '../../../components/FormFields';
import { AssetSelect, InterfaceSelect } from '../../../entities/asset/AssetSelect';
import { rackKeys } from '../../../entities/rack/rackKeys';
import { fieldMessage, formErrorsOf, hasStatus } from '../../../lib/problem';
import { useConnectPort } from '../api/useConnectPort';
import { useDisconnectPort } from '../api/useDisconnectPort';
import { portFormFields, type ConnectPortBody, type PatchPanel, type PatchPort, type PortFormField } from '../types';
import { PanelSelect } from './PanelSelect';

type Target = 'none' | 'port' | 'interface';

export interface PortEditorModalProps {
  orgId: string;
  panel: PatchPanel;
  port: PatchPort;
  onClose: () => void;
  /** Saved or disconnected; `message` says what happened. */
  onDone: (message: string) => void;
}

/**
 * Labels a port and, while it is free, patches it to another port or to an asset interface; a connected port is
 * disconnected first (the API answers 409 otherwise). Mount per port.
 */
export function PortEditorModal({ orgId, panel, port, onClose, onDone }: PortEditorModalProps) {
  const number = Number(port.number);
  const connected = Boolean(port.connectedTo);
  const [label, setLabel] = useState(port.label ?? '');
  const [target, setTarget] = useState<Target>('none');
  // The other end's panel, found by search among all of them; this panel (kept fresh by the page) to start with.
  const [pickedPanel, setPickedPanel] = useState<PatchPanel>(panel);
  const [otherPortId, setOtherPortId] = useState('');
  const [assetId, setAssetId] = useState('');
  const [interfaceId, setInterfaceId] = useState('');
  const connect = useConnectPort();
  const disconnect = useDisconnectPort();
  const queryClient = useQueryClient();
  const otherPanel = pickedPanel.id === panel.id ? panel : pickedPanel;
  const otherPorts = [...otherPanel.ports].sort((a, b) => Number(a.number) - Number(b.number));
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
    disconnect.mutate({ orgId, panelId: panel.id, number, etag: port.etag }, { onSuccess: () => onDone(`${title} disconnected.`) });
  }

  function close() {
    // A refused disconnect (412): the panels re-read, so the map shows the port as it is now.
    if (hasStatus(disconnect.error, 412)) void queryClient.invalidateQueries({ queryKey: rackKeys.panels(orgId) });
    onClose();
  }

  return (
    <Modal show onHide={close} aria-labelledby="port-editor-title">
      <Form noValidate onSubmit={submit} aria-label="Edit port">
        <Modal.Header closeButton>
          <Modal.Title id="port-editor-title">{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <FormAlert errors={errors} />
          <ErrorAlert error={disconnect.error} conflict="This port was changed by someone else since you opened it, so it was not disconnected. Close this dialog to see its latest state." />
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
                    <PanelSelect
                      id="port-other-panel"
                      orgId={orgId}
                      value={otherPanel}
                      onChange={(p) => {
                        setPickedPanel(p);
                        setOtherPortId('');
                      }}
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
          <Button variant="secondary" onClick={close}>
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
