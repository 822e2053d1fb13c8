import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { OrgTabs } from '../../../components/OrgTabs';
import { ClientName } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../lib/documentTitle';
import { usePermissions } from '../../../auth/permissions';
import { AssetsNav } from './AssetsNav';
import { AssetTypesSection } from './AssetTypesSection';

/**
 * `/orgs/:orgId/assets/directory`: the organisation's custom asset types. Contacts and locations were sections here
 * and are tabs of their own now; their old links lead there.
 */
export function DirectoryPage() {
  const { orgId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const { can } = usePermissions();
  const canWrite = can(orgId, 'assets.write');
  useDocumentTitle('Asset types');
  const section = searchParams.get('section');
  if (section === 'contacts' || section === 'locations') return <Navigate to={`/orgs/${orgId}/${section}`} replace />;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}><ClientName orgId={orgId} /></Link> / <Link to={`/orgs/${orgId}/assets`}>Assets</Link>
      </nav>
      <h1 className="h3 mb-3">Asset types</h1>
      <OrgTabs orgId={orgId} />
      <AssetsNav orgId={orgId} />
      <AssetTypesSection key={orgId} orgId={orgId} canWrite={canWrite} />
    </>
  );
}
