import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useAsset } from '../api/useAsset';
import { useAssetTypes } from '../api/useAssetTypes';
import { useUpdateAsset } from '../api/useUpdateAsset';
import { assetFormValues, updateAssetBody } from '../assetBody';
import type { Asset, AssetType } from '../types';
import { AssetForm } from './AssetForm';
import { AssetsNav } from './AssetsNav';

/** `/orgs/:orgId/assets/:assetId/edit` */
export function AssetEditPage() {
  const { orgId = '', assetId = '' } = useParams();
  const asset = useAsset(orgId, assetId);
  // The custom fields' inputs come from the type's definitions.
  const types = useAssetTypes(orgId);
  const notFound = isApiError(asset.error) && asset.error.status === 404;
  const list = `/orgs/${orgId}/assets`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> / <Link to={list}>Assets</Link>
        {asset.data && (
          <>
            {' '}
            / <Link to={`${list}/${assetId}`}>{asset.data.asset.name}</Link>
          </>
        )}
      </nav>
      {asset.isPending || types.isPending ? (
        <Spinner animation="border" role="status">
          <span className="visually-hidden">Loading asset…</span>
        </Spinner>
      ) : asset.isError || types.isError ? (
        <Alert variant={notFound ? 'warning' : 'danger'} role="alert">
          <p className="mb-2">{notFound ? 'This asset does not exist or you cannot access it.' : errorMessage(asset.error ?? types.error)}</p>
          <Link to={list}>Back to the assets</Link>
        </Alert>
      ) : (
        <AssetEditor key={asset.data.asset.id} orgId={orgId} asset={asset.data.asset} types={types.data} onReload={() => asset.refetch()} />
      )}
    </>
  );
}

function AssetEditor({ orgId, asset, types, onReload }: { orgId: string; asset: Asset; types: AssetType[]; onReload(): void }) {
  const navigate = useNavigate();
  const update = useUpdateAsset();
  const [notice, setNotice] = useState<string | null>(null);
  const conflict = isApiError(update.error) && update.error.status === 412;
  const detail = `/orgs/${orgId}/assets/${asset.id}`;

  return (
    <>
      <h1 className="h3 mb-3 text-break">Edit {asset.name}</h1>
      <OrgTabs orgId={orgId} />
      <AssetsNav orgId={orgId} />
      {notice && (
        <Alert variant="info" dismissible onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <AssetForm
        // Remount when a new version arrives so the fields show the server's values.
        key={asset.etag}
        orgId={orgId}
        initialValues={assetFormValues(asset, types.find((t) => t.key === asset.type))}
        submitLabel="Save changes"
        submitting={update.isPending}
        error={update.error}
        alert={
          conflict ? (
            <Alert variant="warning" role="alert">
              <p className="mb-2">
                This asset was changed by someone else since you opened it, so your changes were not saved. Reload to see the latest version, then
                make your changes again.
              </p>
              <Button
                variant="outline-dark"
                size="sm"
                onClick={() => {
                  update.reset();
                  onReload();
                }}
              >
                Reload
              </Button>
            </Alert>
          ) : undefined
        }
        onSubmit={(values, type) => {
          setNotice(null);
          const changes = updateAssetBody(asset, values, type);
          if (Object.keys(changes).length === 0) {
            setNotice('Nothing to save.');
            return;
          }
          update.mutate({ orgId, assetId: asset.id, etag: asset.etag, changes }, { onSuccess: () => navigate(detail, { state: { flash: 'Changes saved.' } }) });
        }}
      >
        <Link to={detail} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </AssetForm>
    </>
  );
}
