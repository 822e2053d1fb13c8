import { Link, useParams, useSearchParams } from 'react-router';
import Nav from 'react-bootstrap/Nav';
import { OrgTabs } from '../../../components/OrgTabs';
import { ClientName } from '../../../components/PageHeader';
import { useDocumentTitle } from '../../../lib/documentTitle';
import { usePermissions } from '../../../auth/permissions';
import { AssetsNav } from './AssetsNav';
import { AssetTypesSection } from './AssetTypesSection';
import { ContactsSection } from './ContactsSection';
import { LocationsSection } from './LocationsSection';

const sections = [
  { id: 'locations', label: 'Locations' },
  { id: 'contacts', label: 'Contacts' },
  { id: 'types', label: 'Asset types' },
] as const;
type Section = (typeof sections)[number]['id'];

/** `/orgs/:orgId/assets/directory?section=`: the sites and closets, contacts and custom asset types assets refer to. */
export function DirectoryPage() {
  const { orgId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const section: Section = sections.find((s) => s.id === searchParams.get('section'))?.id ?? 'locations';
  const { can } = usePermissions();
  const canWrite = can(orgId, 'assets.write');
  useDocumentTitle(sections.find((s) => s.id === section)?.label);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}><ClientName orgId={orgId} /></Link> / <Link to={`/orgs/${orgId}/assets`}>Assets</Link>
      </nav>
      <h1 className="h3 mb-3">Asset directory</h1>
      <OrgTabs orgId={orgId} />
      <AssetsNav orgId={orgId} />
      <Nav variant="underline" as="nav" aria-label="Directory sections" className="mb-3">
        {sections.map((s) => (
          <Nav.Item key={s.id}>
            <Nav.Link as={Link} to={`?section=${s.id}`} active={section === s.id} aria-current={section === s.id ? 'page' : undefined}>
              {s.label}
            </Nav.Link>
          </Nav.Item>
        ))}
      </Nav>
      {section === 'locations' && <LocationsSection key={orgId} orgId={orgId} canWrite={canWrite} />}
      {section === 'contacts' && <ContactsSection key={orgId} orgId={orgId} canWrite={canWrite} />}
      {section === 'types' && <AssetTypesSection key={orgId} orgId={orgId} canWrite={canWrite} />}
    </>
  );
}
