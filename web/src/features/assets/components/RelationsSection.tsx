import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { FormAlert, SelectField, SubmitButton } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useAddRelation } from '../api/useAddRelation';
import { useRemoveRelation } from '../api/useRemoveRelation';
import { relationKinds, type Asset, type AssetRelation, type RelationKind } from '../types';
import { AssetPicker } from './AssetPicker';

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
      <ConfirmAction
        item={removing}
        title="Remove relation"
        confirmLabel="Remove relation"
        mutation={remove}
        variables={(r) => ({ orgId, assetId, relationId: r.id, etag: r.etag })}
        onClose={() => setRemoving(null)}
      >
        {(r) => (
          <>
            Remove “{relationPhrase(r)} {r.otherAssetName}”? Both assets stay.
          </>
        )}
      </ConfirmAction>
    </section>
  );
}

const relationFields = ['kind', 'toAssetId'] as const;

function AddRelationForm({ orgId, assetId }: { orgId: string; assetId: string }) {
  const [kind, setKind] = useState<RelationKind>('connected-to');
  const [target, setTarget] = useState<Asset | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const add = useAddRelation();
  const errors = formErrorsOf(add.error, relationFields);

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
      <FormAlert errors={errors} compact />
      <fieldset disabled={add.isPending}>
        <Row className="g-2">
          <Col sm={4}>
            <SelectField
              id="relation-kind"
              label="This asset…"
              compactLabel
              size="sm"
              value={kind}
              onChange={(e) => setKind(e.target.value as RelationKind)}
              error={fieldMessage(errors, 'kind')}
              options={relationKinds.map((k) => ({ value: k.value, label: k.outgoing.toLowerCase() }))}
            />
          </Col>
          <Col sm={8}>
            <AssetPicker key={pickerKey} orgId={orgId} excludeId={assetId} value={target} onChange={setTarget} error={fieldMessage(errors, 'toAssetId')} />
          </Col>
        </Row>
        <SubmitButton size="sm" className="mt-2" disabled={!target} pending={add.isPending}>
          Add relation
        </SubmitButton>
      </fieldset>
    </Form>
  );
}
