import { useState } from 'react';
import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { DataTable, none } from '../../../components/DataTable';
import { EmptyState } from '../../../components/Loading';
import { QueryState } from '../../../components/QueryState';
import { useAssetTypes } from '../api/useAssetTypes';
import { useDeleteAssetType } from '../api/useDeleteAssetType';
import { assetTypeName } from '../assetTypes';
import { customFieldTypes, isCustomAssetType, type CustomAssetType, type CustomFieldDefinition } from '../types';
import { AssetTypeBuilder } from './AssetTypeBuilder';
import { DirectorySection } from './DirectorySection';

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
  const [deleting, setDeleting] = useState<CustomAssetType | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  return (
    <DirectorySection
      id="directory-types"
      title="Asset types"
      newLabel="New asset type"
      canCreate={canWrite && !creating}
      onNew={() => setCreating(true)}
      flash={flash}
      onFlashClose={() => setFlash(null)}
    >
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

      <QueryState query={types} what="asset types" inline>
        {(all) => {
          const custom = all.filter((t) => !t.builtIn);
          return (
            <>
              <p className="small mb-2">
                <span className="text-body-secondary">Built in: </span>
                {all
                  .filter((t) => t.builtIn)
                  .map((t) => assetTypeName(t))
                  .join(', ')}
              </p>
              {custom.length === 0 ? (
                <EmptyState compact>No custom asset types yet. Create one to track things like CCTV cameras with their own fields.</EmptyState>
              ) : (
                <DataTable
                  label="Custom asset types"
                  rows={custom}
                  rowKey={(t) => t.key}
                  columns={[
                    {
                      header: 'Name',
                      cell: (t) => (
                        <Link to={`/orgs/${orgId}/assets?type=${encodeURIComponent(t.key)}`} title="Assets of this type">
                          {t.name}
                        </Link>
                      ),
                    },
                    { header: 'Key', className: 'font-monospace', cell: (t) => t.key },
                    {
                      header: 'Fields',
                      cell: (t) =>
                        t.fields.length === 0 ? (
                          none
                        ) : (
                          <span className="d-inline-flex flex-wrap gap-1">
                            {t.fields.map((f) => (
                              <Badge key={f.key} bg="light" text="dark" className="border fw-normal">
                                {fieldSummary(f)}
                              </Badge>
                            ))}
                          </span>
                        ),
                    },
                    canWrite && {
                      header: 'Actions',
                      hideHeader: true,
                      className: 'text-end',
                      cell: (t) =>
                        isCustomAssetType(t) && (
                          <Button variant="outline-danger" size="sm" aria-label={`Delete asset type ${t.name}`} onClick={() => setDeleting(t)}>
                            Delete
                          </Button>
                        ),
                    },
                  ]}
                />
              )}
            </>
          );
        }}
      </QueryState>

      <ConfirmAction
        item={deleting}
        title="Delete asset type"
        confirmLabel="Delete asset type"
        mutation={remove}
        variables={(t) => ({ orgId, typeId: t.id, etag: t.etag })}
        onDone={(t) => setFlash(`Asset type “${t.name}” deleted.`)}
        onClose={() => setDeleting(null)}
      >
        {(t) => (
          <>
            Delete the type <strong>{t.name}</strong>? Only a type no asset uses can be deleted.
          </>
        )}
      </ConfirmAction>
    </DirectorySection>
  );
}
