import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { usePlaceAsset } from '../api/usePlaceAsset';
import { faceLabels } from '../elevation';
import { fieldMessage, formErrorsOf } from '../formErrors';
import { placementFormFields, type Face, type Placement, type PlacementFormField } from '../types';
import { AssetSelect } from './AssetSelect';

export interface MountAssetModalProps {
  orgId: string;
  rackId: string;
  rackHeightU: number;
  /** The unit and face clicked in the elevation. */
  positionU: number;
  face: Face;
  onClose(): void;
  onMounted(placement: Placement): void;
}

/** Mounts (or moves) an asset at a unit; a 409 names the asset in the way and a 400 says it does not fit. Mount per target. */
export function MountAssetModal({ orgId, rackId, rackHeightU, positionU: initialPosition, face: initialFace, onClose, onMounted }: MountAssetModalProps) {
  const [assetId, setAssetId] = useState('');
  const [positionU, setPositionU] = useState(String(initialPosition));
  const [heightU, setHeightU] = useState('1');
  const [face, setFace] = useState<Face>(initialFace);
  const [fullDepth, setFullDepth] = useState(true);
  const place = usePlaceAsset();
  const errors = formErrorsOf(place.error, placementFormFields);
  const fieldError = (field: PlacementFormField) => fieldMessage(errors, field);
  const control = (field: PlacementFormField, id: string) => ({
    isInvalid: Boolean(fieldError(field)),
    'aria-describedby': fieldError(field) ? `${id}-error` : undefined,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    place.mutate(
      { orgId, rackId, body: { assetId, positionU: Number(positionU), heightU: Number(heightU), face, fullDepth } },
      { onSuccess: onMounted },
    );
  }

  return (
    <Modal show onHide={onClose} aria-labelledby="mount-asset-title">
      <Form noValidate onSubmit={submit} aria-label="Mount an asset">
        <Modal.Header closeButton>
          <Modal.Title id="mount-asset-title">Mount an asset</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {errors && errors.formErrors.length > 0 && (
            <Alert variant="danger" role="alert">
              {errors.formErrors.join(' ')}
            </Alert>
          )}
          <fieldset disabled={place.isPending}>
            <AssetSelect orgId={orgId} idPrefix="mount" assetId={assetId} onChange={setAssetId} error={fieldError('assetId')} />
            <p className="small text-body-secondary">An asset is in one rack at most: one mounted elsewhere moves here.</p>
            <Row className="g-3">
              <Col sm={6}>
                <Form.Group controlId="mount-position">
                  <Form.Label>Lowest unit (U)</Form.Label>
                  <Form.Control type="number" min={1} max={rackHeightU} value={positionU} onChange={(e) => setPositionU(e.target.value)} {...control('positionU', 'mount-position')} />
                  <Form.Control.Feedback type="invalid" id="mount-position-error">
                    {fieldError('positionU')}
                  </Form.Control.Feedback>
                </Form.Group>
              </Col>
              <Col sm={6}>
                <Form.Group controlId="mount-height">
                  <Form.Label>Height (U)</Form.Label>
                  <Form.Control type="number" min={1} max={20} value={heightU} onChange={(e) => setHeightU(e.target.value)} {...control('heightU', 'mount-height')} />
                  <Form.Control.Feedback type="invalid" id="mount-height-error">
                    {fieldError('heightU')}
                  </Form.Control.Feedback>
                </Form.Group>
              </Col>
              <Col sm={6}>
                <Form.Group controlId="mount-face">
                  <Form.Label>Face</Form.Label>
                  <Form.Select value={face} onChange={(e) => setFace(e.target.value as Face)} {...control('face', 'mount-face')}>
                    {(['front', 'rear'] as const).map((f) => (
                      <option key={f} value={f}>
                        {faceLabels[f]}
                      </option>
                    ))}
                  </Form.Select>
                  <Form.Control.Feedback type="invalid" id="mount-face-error">
                    {fieldError('face')}
                  </Form.Control.Feedback>
                </Form.Group>
              </Col>
              <Col sm={6} className="d-flex align-items-end">
                <Form.Check
                  id="mount-full-depth"
                  type="checkbox"
                  label="Full depth (takes the front and the rear)"
                  checked={fullDepth}
                  onChange={(e) => setFullDepth(e.target.checked)}
                  className="mb-2"
                />
              </Col>
            </Row>
          </fieldset>
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={!assetId || place.isPending}>
            {place.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            Mount
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
