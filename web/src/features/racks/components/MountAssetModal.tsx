import { useState, type FormEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import Row from 'react-bootstrap/Row';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { AssetSelect } from '../../../entities/asset/AssetSelect';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { usePlaceAsset } from '../api/usePlaceAsset';
import { placementFormFields, type Face, type Placement, type PlacementFormField } from '../types';
import { FaceSelect } from './FaceSelect';

export interface MountAssetModalProps {
  orgId: string;
  rackId: string;
  rackHeightU: number;
  /** The unit and face clicked in the elevation. */
  positionU: number;
  face: Face;
  onClose: () => void;
  onMounted: (placement: Placement) => void;
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
          <FormAlert errors={errors} />
          <fieldset disabled={place.isPending}>
            <AssetSelect orgId={orgId} idPrefix="mount" assetId={assetId} onChange={setAssetId} emptyLabel="Choose an asset" error={fieldError('assetId')} />
            <p className="small text-body-secondary">An asset is in one rack at most: one mounted elsewhere moves here.</p>
            <Row className="g-3">
              <Col sm={6}>
                <TextField
                  id="mount-position"
                  label="Lowest unit (U)"
                  type="number"
                  min={1}
                  max={rackHeightU}
                  value={positionU}
                  onChange={(e) => setPositionU(e.target.value)}
                  error={fieldError('positionU')}
                />
              </Col>
              <Col sm={6}>
                <TextField id="mount-height" label="Height (U)" type="number" min={1} max={20} value={heightU} onChange={(e) => setHeightU(e.target.value)} error={fieldError('heightU')} />
              </Col>
              <Col sm={6}>
                <FaceSelect id="mount-face" value={face} onChange={setFace} error={fieldError('face')} />
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
          <SubmitButton pending={place.isPending} disabled={!assetId || place.isPending}>
            Mount
          </SubmitButton>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
