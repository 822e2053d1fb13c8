import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
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
  const list = `/orgs/${orgId}/assets`;

  return (
    <>
      <PageHeader crumbs={orgCrumbs(orgId, { to: list, label: 'Assets' })} title="New asset" orgId={orgId} />
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
            { onSuccess: (a) => void navigate(`${list}/${a.id}`, { state: { flash: `Asset “${a.name}” created.` } }) },
          )
        }
      >
        <Link to={list} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </AssetForm>
    </>
  );
}
