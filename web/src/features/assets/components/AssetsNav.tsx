import { NavLink } from 'react-router';
import Nav from 'react-bootstrap/Nav';

/** The two halves of the Assets tab: the assets themselves and the custom types they are made of. */
export function AssetsNav({ orgId }: { orgId: string }) {
  const base = `/orgs/${orgId}/assets`;
  return (
    <Nav variant="pills" as="nav" aria-label="Assets sections" className="mb-3">
      <Nav.Item>
        <Nav.Link as={NavLink} to={base} end>
          All assets
        </Nav.Link>
      </Nav.Item>
      <Nav.Item>
        <Nav.Link as={NavLink} to={`${base}/directory`}>
          Asset types
        </Nav.Link>
      </Nav.Item>
    </Nav>
  );
}
