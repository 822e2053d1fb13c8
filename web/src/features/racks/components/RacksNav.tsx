import { NavLink } from 'react-router';
import Nav from 'react-bootstrap/Nav';

/** The two halves of the Racks tab: the racks with their elevations, and the patch panels. */
export function RacksNav({ orgId }: { orgId: string }) {
  const base = `/orgs/${orgId}/racks`;
  return (
    <Nav variant="pills" as="nav" aria-label="Racks sections" className="mb-3">
      <Nav.Item>
        <Nav.Link as={NavLink} to={base} end>
          All racks
        </Nav.Link>
      </Nav.Item>
      <Nav.Item>
        <Nav.Link as={NavLink} to={`${base}/panels`}>
          Patch panels
        </Nav.Link>
      </Nav.Item>
    </Nav>
  );
}
