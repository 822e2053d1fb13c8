import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { OrgTabs } from '../../../app/OrgTabs';
import { useCreateAsset } from '../api/useCreateAsset';
import { createAssetBody } from '../assetBody';
import { AssetForm } from './AssetForm';
import { AssetsNav } from './AssetsNav';

/** `/orgs/:orgId/assets/new` (`?type=` and `?location=` pre-select, e.g. from a filtered list). */
export function AssetCreatePage() {
  const { orgId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const create = useCreateAsset();

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> / <Link to={`/orgs/${orgId}/assets`}>Assets</Link>
      </nav>
      <h1 className="h3 mb-3">New asset</h1>
      <OrgTabs orgId={orgId} />
      <AssetsNav orgId={orgId} />
      <AssetForm
        orgId={orgId}
        initialValues={{ type: searchParams.get('type') ?? '', locationId: searchParams.get('location') ?? '' }}
        submitLabel="Create asset"
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values, type) =>
          create.mutate(
            { orgId, body: createAssetBody(values, type) },
            { onSuccess: (a) => navigate(`/orgs/${orgId}/assets/${a.id}`, { state: { flash: `Asset “${a.name}” created.` } }) },
          )
        }
      >
        <Link to={`/orgs/${orgId}/assets`} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </AssetForm>
    </>
  );
}
