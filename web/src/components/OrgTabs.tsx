import { NavLink } from 'react-router';
import Nav from 'react-bootstrap/Nav';
import { usePermissions } from '../auth/permissions';

/** The tabs of one organisation's pages; each feature page renders it above its content. */
export function OrgTabs({ orgId }: { orgId: string }) {
  const { can } = usePermissions();
  const base = `/orgs/${orgId}`;
  return (
    <Nav variant="tabs" as="nav" aria-label="Organisation sections" className="mb-4">
      <Nav.Item>
        <Nav.Link as={NavLink} to={base} end>
          Settings
        </Nav.Link>
      </Nav.Item>
      <Nav.Item>
        <Nav.Link as={NavLink} to={`${base}/members`}>
          Members
        </Nav.Link>
      </Nav.Item>
      <Nav.Item>
        <Nav.Link as={NavLink} to={`${base}/roles`}>
          Roles
        </Nav.Link>
      </Nav.Item>
      {can(orgId, 'assets.read') && (
        <Nav.Item>
          <Nav.Link as={NavLink} to={`${base}/assets`}>
            Assets
          </Nav.Link>
        </Nav.Item>
      )}
      {can(orgId, 'ipam.read') && (
        <Nav.Item>
          <Nav.Link as={NavLink} to={`${base}/ipam`}>
            IPAM
          </Nav.Link>
        </Nav.Item>
      )}
      {can(orgId, 'assets.read') && (
        <Nav.Item>
          <Nav.Link as={NavLink} to={`${base}/racks`}>
            Racks
          </Nav.Link>
        </Nav.Item>
      )}
      {can(orgId, 'assets.write') && can(orgId, 'ipam.write') && (
        <Nav.Item>
          <Nav.Link as={NavLink} to={`${base}/discovery`}>
            Discovery
          </Nav.Link>
        </Nav.Item>
      )}
      {can(orgId, 'vault.read') && (
        <Nav.Item>
          <Nav.Link as={NavLink} to={`${base}/vault`}>
            Vault
          </Nav.Link>
        </Nav.Item>
      )}
      {can(orgId, 'apikeys.manage') && (
        <Nav.Item>
          <Nav.Link as={NavLink} to={`${base}/api-keys`}>
            API keys
          </Nav.Link>
        </Nav.Item>
      )}
      {can(orgId, 'audit.read') && (
        <Nav.Item>
          <Nav.Link as={NavLink} to={`${base}/audit`}>
            Audit log
          </Nav.Link>
        </Nav.Item>
      )}
    </Nav>
  );
}
