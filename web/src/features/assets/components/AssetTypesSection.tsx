import { useState } from 'react';
import { Link } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import Table from 'react-bootstrap/Table';
import { errorMessage } from '../../../lib/problem';
import { useAssetTypes } from '../api/useAssetTypes';
import { useDeleteAssetType } from '../api/useDeleteAssetType';
import { assetTypeName } from '../assetTypes';
import { customFieldTypes, type AssetType, type CustomFieldDefinition } from '../types';
import { AssetTypeBuilder } from './AssetTypeBuilder';
import { ConfirmModal } from './ConfirmModal';

function fieldSummary(field: CustomFieldDefinition): string {
  const type = customFieldTypes.find((t) => t.value === field.type)?.label ?? field.type;
  const options = field.type === 'select' && field.options?.length ? `: ${field.options.join(', ')}` : '';
  return `${field.label || field.key} (${type}${options}${field.required ? ', required' : ''})`;
}

/** Built-in types, and the organisation's custom types with their fields; with assets.write, create and delete unused ones. */
export function AssetTypesSection({ orgId, canWrite }: { orgId: string; canWrite: boolean }) {
  const types = useAssetTypes(orgId);
  const remove = useDeleteAssetType();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<AssetType | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const builtIn = (types.data ?? []).filter((t) => t.builtIn);
  const custom = (types.data ?? []).filter((t) => !t.builtIn);

  return (
    <section aria-labelledby="directory-types">
      <div className="d-flex align-items-center justify-content-between mb-2">
        <h2 id="directory-types" className="h5 mb-0">
          Asset types
        </h2>
        {canWrite && !creating && (
          <Button
            size="sm"
            onClick={() => {
              setFlash(null);
              setCreating(true);
            }}
          >
            New asset type
          </Button>
        )}
      </div>
      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
      {canWrite && creating && (
        <AssetTypeBuilder
          orgId={orgId}
          onCancel={() => setCreating(false)}
          onCreated={(t) => {
            setFlash(`Asset type “${t.name}” created.`);
            setCreating(false);
          }}
        />
      )}

      {types.isPending ? (
        <Spinner animation="border" role="status">
          <span className="visually-hidden">Loading asset types…</span>
        </Spinner>
      ) : types.isError ? (
        <Alert variant="danger" role="alert">
          <p className="mb-2">Could not load asset types: {errorMessage(types.error)}</p>
          <Button variant="outline-danger" size="sm" onClick={() => types.refetch()}>
            Retry
          </Button>
        </Alert>
      ) : (
        <>
          <p className="small mb-2">
            <span className="text-body-secondary">Built in: </span>
            {builtIn.map((t) => assetTypeName(t)).join(', ')}
          </p>
          {custom.length === 0 ? (
            <div className="text-center text-body-secondary p-4">No custom asset types yet. Create one to track things like CCTV cameras with their own fields.</div>
          ) : (
            <Table responsive aria-label="Custom asset types" className="align-middle">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Key</th>
                  <th scope="col">Fields</th>
                  {canWrite && (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {custom.map((t) => (
                  <tr key={t.key}>
                    <td>
                      <Link to={`/orgs/${orgId}/assets?type=${encodeURIComponent(t.key)}`} title="Assets of this type">
                        {t.name}
                      </Link>
                    </td>
                    <td className="font-monospace">{t.key}</td>
                    <td>
                      {t.fields.length === 0 ? (
                        <span className="text-body-secondary">—</span>
                      ) : (
                        <span className="d-inline-flex flex-wrap gap-1">
                          {t.fields.map((f) => (
                            <Badge key={f.key} bg="light" text="dark" className="border fw-normal">
                              {fieldSummary(f)}
                            </Badge>
                          ))}
                        </span>
                      )}
                    </td>
                    {canWrite && (
                      <td className="text-end">
                        {t.id && (
                          <Button variant="outline-danger" size="sm" aria-label={`Delete asset type ${t.name}`} onClick={() => setDeleting(t)}>
                            Delete
                          </Button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </>
      )}

      {deleting?.id && (
        <ConfirmModal
          title="Delete asset type"
          confirmLabel="Delete asset type"
          pending={remove.isPending}
          error={remove.error}
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
          onConfirm={() =>
            remove.mutate(
              { orgId, typeId: deleting.id! },
              {
                onSuccess: () => {
                  setFlash(`Asset type “${deleting.name}” deleted.`);
                  setDeleting(null);
                },
              },
            )
          }
        >
          Delete the type <strong>{deleting.name}</strong>? Only a type no asset uses can be deleted.
        </ConfirmModal>
      )}
    </section>
  );
}
