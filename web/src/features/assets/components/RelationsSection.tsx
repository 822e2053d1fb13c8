import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { useAddRelation } from '../api/useAddRelation';
import { useRemoveRelation } from '../api/useRemoveRelation';
import { simpleFormErrors } from '../formErrors';
import { relationKinds, type Asset, type AssetRelation, type RelationKind } from '../types';
import { AssetPicker } from './AssetPicker';
import { ConfirmModal } from './ConfirmModal';

/** "Depends on" for this asset's own relations, "Needed by" for the ones pointing at it. */
export function relationPhrase(relation: Pick<AssetRelation, 'kind' | 'direction'>): string {
  const kind = relationKinds.find((k) => k.value === relation.kind);
  if (!kind) return relation.kind;
  return relation.direction === 'incoming' ? kind.incoming : kind.outgoing;
}

export interface RelationsSectionProps {
  orgId: string;
  assetId: string;
  relations: readonly AssetRelation[];
  canWrite: boolean;
}

/** How the asset relates to others (both directions), each linking to the other asset; with assets.write, add and remove. */
export function RelationsSection({ orgId, assetId, relations, canWrite }: RelationsSectionProps) {
  const [removing, setRemoving] = useState<AssetRelation | null>(null);
  const remove = useRemoveRelation();
  const sorted = [...relations].sort((a, b) => relationPhrase(a).localeCompare(relationPhrase(b)) || a.otherAssetName.localeCompare(b.otherAssetName));

  return (
    <section aria-labelledby="asset-relations" className="mb-4">
      <h2 id="asset-relations" className="h5">
        Relations
      </h2>
      {sorted.length === 0 ? (
        <p className="text-body-secondary">Not related to other assets.</p>
      ) : (
        <ul className="list-group mb-3" aria-label="Relations">
          {sorted.map((r) => (
            <li key={r.id} className="list-group-item d-flex align-items-center justify-content-between gap-2">
              <span>
                <span className="text-body-secondary">{relationPhrase(r)}</span> <Link to={`/orgs/${orgId}/assets/${r.otherAssetId}`}>{r.otherAssetName}</Link>
              </span>
              {canWrite && (
                <Button variant="outline-danger" size="sm" aria-label={`Remove relation: ${relationPhrase(r)} ${r.otherAssetName}`} onClick={() => setRemoving(r)}>
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && <AddRelationForm orgId={orgId} assetId={assetId} />}
      {removing && (
        <ConfirmModal
          title="Remove relation"
          confirmLabel="Remove relation"
          pending={remove.isPending}
          error={remove.error}
          onClose={() => {
            remove.reset();
            setRemoving(null);
          }}
          onConfirm={() => remove.mutate({ orgId, assetId, relationId: removing.id }, { onSuccess: () => setRemoving(null) })}
        >
          Remove “{relationPhrase(removing)} {removing.otherAssetName}”? Both assets stay.
        </ConfirmModal>
      )}
    </section>
  );
}

const relationFields = ['kind', 'toAssetId'] as const;

function AddRelationForm({ orgId, assetId }: { orgId: string; assetId: string }) {
  const [kind, setKind] = useState<RelationKind>('connected-to');
  const [target, setTarget] = useState<Asset | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const add = useAddRelation();
  const errors = simpleFormErrors(add.error, relationFields);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!target) return;
    add.mutate(
      { orgId, assetId, body: { kind, toAssetId: target.id } },
      {
        onSuccess: () => {
          setTarget(null);
          // A fresh picker: empty search, nothing listed.
          setPickerKey((k) => k + 1);
        },
      },
    );
  }

  return (
    <Form noValidate onSubmit={submit} aria-label="Add relation" className="border rounded p-2">
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert" className="small p-2">
          {errors.formErrors.join(' ')}
        </Alert>
      )}
      <fieldset disabled={add.isPending}>
        <Row className="g-2">
          <Col sm={4}>
            <Form.Group controlId="relation-kind">
              <Form.Label className="small mb-1">This asset…</Form.Label>
              <Form.Select
                size="sm"
                value={kind}
                onChange={(e) => setKind(e.target.value as RelationKind)}
                isInvalid={Boolean(errors?.fieldErrors.kind)}
              >
                {relationKinds.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.outgoing.toLowerCase()}
                  </option>
                ))}
              </Form.Select>
              <Form.Control.Feedback type="invalid">{errors?.fieldErrors.kind?.join(' ')}</Form.Control.Feedback>
            </Form.Group>
          </Col>
          <Col sm={8}>
            <AssetPicker key={pickerKey} orgId={orgId} excludeId={assetId} value={target} onChange={setTarget} error={errors?.fieldErrors.toAssetId?.join(' ')} />
          </Col>
        </Row>
        <Button type="submit" size="sm" variant="primary" className="mt-2" disabled={!target}>
          {add.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
          Add relation
        </Button>
      </fieldset>
    </Form>
  );
}
