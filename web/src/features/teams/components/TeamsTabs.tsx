import { NavLink } from 'react-router';
import Nav from 'react-bootstrap/Nav';

const sections = [
  { to: '/teams', label: 'Teams' },
  { to: '/platform-roles', label: 'Platform roles' },
] as const;

/** Teams and the platform roles they are granted: two pages of one place in the navigation. */
export function TeamsTabs() {
  return (
    <Nav variant="tabs" as="nav" aria-label="Teams sections" className="mb-4">
      {sections.map((s) => (
        <Nav.Item key={s.to}>
          <Nav.Link as={NavLink} to={s.to}>
            {s.label}
          </Nav.Link>
        </Nav.Item>
      ))}
    </Nav>
  );
}
