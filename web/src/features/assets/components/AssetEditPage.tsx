import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import { StaleAlert } from '../../../components/ErrorAlert';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAsset } from '../../../entities/asset/useAsset';
import { hasStatus } from '../../../lib/problem';
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
  const list = `/orgs/${orgId}/assets`;
  const back = <Link to={list}>Back to the assets</Link>;

  return (
    <QueryState query={asset} what="the asset" notFound="This asset does not exist or you cannot access it." errorFooter={back}>
      {(detail) => (
        <QueryState query={types} what="the asset types" errorFooter={back}>
          {(typeList) => <AssetEditor key={detail.asset.id} orgId={orgId} asset={detail.asset} types={typeList} onReload={() => void asset.refetch()} />}
        </QueryState>
      )}
    </QueryState>
  );
}

function AssetEditor({ orgId, asset, types, onReload }: { orgId: string; asset: Asset; types: AssetType[]; onReload: () => void }) {
  const navigate = useNavigate();
  const update = useUpdateAsset();
  const [notice, setNotice] = useState<string | null>(null);
  const list = `/orgs/${orgId}/assets`;
  const detail = `${list}/${asset.id}`;

  return (
    <>
      <PageHeader crumbs={orgCrumbs(orgId, { to: list, label: 'Assets' }, { to: detail, label: asset.name })} title={`Edit ${asset.name}`} orgId={orgId} />
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
          hasStatus(update.error, 412) ? (
            <StaleAlert
              message="This asset was changed by someone else since you opened it, so your changes were not saved. Reload to see the latest version, then make your changes again."
              onReload={() => {
                update.reset();
                onReload();
              }}
            />
          ) : undefined
        }
        onSubmit={(values, type) => {
          setNotice(null);
          const changes = updateAssetBody(asset, values, type);
          if (Object.keys(changes).length === 0) {
            setNotice('Nothing to save.');
            return;
          }
          update.mutate({ orgId, assetId: asset.id, etag: asset.etag, changes }, { onSuccess: () => void navigate(detail, { state: { flash: 'Changes saved.' } }) });
        }}
      >
        <Link to={detail} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </AssetForm>
    </>
  );
}
