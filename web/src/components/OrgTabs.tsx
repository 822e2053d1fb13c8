import { NavLink } from 'react-router';
import Nav from 'react-bootstrap/Nav';
import { usePermissions } from '../auth/permissions';
import { ManageMenu } from './ManageMenu';
import { allowedSections, orgManageSections, orgTabs, sectionHref } from './orgSections';

/**
 * The tabs of one organisation's pages, led by what technicians use; administration sits behind "Manage". Each
 * feature page renders it above its content. Only what the user's permissions allow is shown.
 */
export function OrgTabs({ orgId }: { orgId: string }) {
  const { can } = usePermissions();
  const allowed = (permission: string) => can(orgId, permission);
  return (
    <Nav variant="tabs" as="nav" aria-label="Organisation sections" className="mb-4 org-tabs">
      {allowedSections(orgTabs, allowed).map((tab) => (
        <Nav.Item key={tab.path}>
          <Nav.Link as={NavLink} to={sectionHref(orgId, tab)} end={tab.path === ''}>
            {tab.label}
          </Nav.Link>
        </Nav.Item>
      ))}
      <ManageMenu orgId={orgId} sections={allowedSections(orgManageSections, allowed)} />
    </Nav>
  );
}
