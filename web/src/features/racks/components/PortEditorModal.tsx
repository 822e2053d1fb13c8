import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useAsset } from '../api/useAsset';
import { useConnectPort } from '../api/useConnectPort';
import { useDisconnectPort } from '../api/useDisconnectPort';
import { fieldMessage, formErrorsOf } from '../formErrors';
import { portFormFields, type ConnectPortBody, type PatchPanel, type PatchPort, type PortFormField } from '../types';
import { AssetSelect } from './AssetSelect';

type Target = 'none' | 'port' | 'interface';

export interface PortEditorModalProps {
  orgId: string;
  panel: PatchPanel;
  port: PatchPort;
  /** Every panel: the other end of a port-to-port patch is picked from these. */
  panels: PatchPanel[];
  onClose(): void;
  /** Saved or disconnected; `message` says what happened. */
  onDone(message: string): void;
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
  const asset = useAsset(orgId, target === 'interface' ? assetId : '');
  const interfaces = asset.data?.interfaces ?? [];
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
          {errors && errors.formErrors.length > 0 && (
            <Alert variant="danger" role="alert">
              {errors.formErrors.join(' ')}
            </Alert>
          )}
          {disconnect.error && (
            <Alert variant="danger" role="alert">
              {errorMessage(disconnect.error)}
            </Alert>
          )}
          <fieldset disabled={busy}>
            <Form.Group controlId="port-label" className="mb-3">
              <Form.Label>Label</Form.Label>
              <Form.Control
                maxLength={100}
                value={label}
                onChange={(e) => setLabel(e.target.value)}
                isInvalid={Boolean(fieldError('label'))}
                aria-describedby={fieldError('label') ? 'port-label-error' : undefined}
              />
              <Form.Control.Feedback type="invalid" id="port-label-error">
                {fieldError('label')}
              </Form.Control.Feedback>
            </Form.Group>

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
                    <Form.Group controlId="port-other-panel" className="mb-2">
                      <Form.Label>Panel</Form.Label>
                      <Form.Select
                        value={otherPanelId}
                        onChange={(e) => {
                          setOtherPanelId(e.target.value);
                          setOtherPortId('');
                        }}
                      >
                        {panels.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                          </option>
                        ))}
                      </Form.Select>
                    </Form.Group>
                    <Form.Group controlId="port-other-port">
                      <Form.Label>Port</Form.Label>
                      <Form.Select
                        value={otherPortId}
                        onChange={(e) => setOtherPortId(e.target.value)}
                        isInvalid={Boolean(fieldError('portId'))}
                        aria-describedby={fieldError('portId') ? 'port-other-port-error' : undefined}
                      >
                        <option value="">Choose a port</option>
                        {otherPorts.map((p) => (
                          <option key={p.id} value={p.id} disabled={p.id === port.id || Boolean(p.connectedTo)}>
                            {Number(p.number)}
                            {p.label ? ` – ${p.label}` : ''}
                            {p.id === port.id ? ' (this port)' : p.connectedTo ? ` (connected to ${p.connectedTo})` : ''}
                          </option>
                        ))}
                      </Form.Select>
                      <Form.Control.Feedback type="invalid" id="port-other-port-error">
                        {fieldError('portId')}
                      </Form.Control.Feedback>
                    </Form.Group>
                  </div>
                )}

                {target === 'interface' && (
                  <div className="mt-3">
                    <AssetSelect
                      orgId={orgId}
                      idPrefix="port"
                      assetId={assetId}
                      onChange={(id) => {
                        setAssetId(id);
                        setInterfaceId('');
                      }}
                    />
                    <Form.Group controlId="port-interface">
                      <Form.Label>Interface</Form.Label>
                      <Form.Select
                        value={interfaceId}
                        disabled={!assetId || asset.isPending}
                        onChange={(e) => setInterfaceId(e.target.value)}
                        isInvalid={Boolean(fieldError('interfaceId'))}
                        aria-describedby={fieldError('interfaceId') ? 'port-interface-error' : asset.isError ? 'port-interface-load-error' : undefined}
                      >
                        <option value="">{assetId && asset.isSuccess && interfaces.length === 0 ? 'The asset has no interfaces' : 'Choose an interface'}</option>
                        {interfaces.map((i) => (
                          <option key={i.id} value={i.id}>
                            {i.name}
                            {i.description ? ` – ${i.description}` : ''}
                          </option>
                        ))}
                      </Form.Select>
                      <Form.Control.Feedback type="invalid" id="port-interface-error">
                        {fieldError('interfaceId')}
                      </Form.Control.Feedback>
                      {asset.isError && (
                        <Form.Text id="port-interface-load-error" className="text-danger">
                          Could not load the interfaces: {errorMessage(asset.error)}
                        </Form.Text>
                      )}
                    </Form.Group>
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
          <Button type="submit" variant="primary" disabled={busy || incomplete}>
            {connect.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            Save port
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
