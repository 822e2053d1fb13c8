import { NavLink } from 'react-router';
import Nav from 'react-bootstrap/Nav';

/** The tabs of the platform settings pages (global administrators); each settings page renders it under its heading. */
export function SettingsTabs() {
  return (
    <Nav variant="tabs" as="nav" aria-label="Settings sections" className="mb-4">
      <Nav.Item>
        <Nav.Link as={NavLink} to="/settings/security">
          Security
        </Nav.Link>
      </Nav.Item>
      <Nav.Item>
        <Nav.Link as={NavLink} to="/settings/api-keys">
          API keys
        </Nav.Link>
      </Nav.Item>
    </Nav>
  );
}
