import { NavLink, useLocation } from 'react-router';
import Dropdown from 'react-bootstrap/Dropdown';
import Nav from 'react-bootstrap/Nav';
import { sectionHref, type OrgSection } from './orgSections';

export interface ManageMenuProps {
  orgId: string;
  /** The entries the user may see; without any the menu is left out. */
  sections: readonly OrgSection[];
}

/**
 * "Manage ▾" at the end of an organisation's tabs: Settings, Members, Roles, API keys. React-Bootstrap's dropdown
 * opens it with Enter, Space or the arrow keys, moves through it with the arrows and closes it with Escape; the
 * toggle looks active while one of its pages is open.
 */
export function ManageMenu({ orgId, sections }: ManageMenuProps) {
  const { pathname } = useLocation();
  if (sections.length === 0) return null;
  const current = sections.find((s) => {
    const href = sectionHref(orgId, s);
    return pathname === href || pathname.startsWith(`${href}/`);
  });
  return (
    <Dropdown as={Nav.Item} align="end">
      <Dropdown.Toggle as={Nav.Link} id={`org-manage-${orgId}`} active={Boolean(current)} aria-current={current ? 'true' : undefined}>
        Manage
        {current && <span className="visually-hidden">, {current.label} open</span>}
      </Dropdown.Toggle>
      {/* Positioned by Popper under the toggle; on a phone the toggle sits outside the scrolling tab strip, so nothing clips it
          (a fixed strategy left the menu at the window's top right in screenshots). */}
      <Dropdown.Menu>
        {sections.map((s) => (
          <Dropdown.Item key={s.path} as={NavLink} to={sectionHref(orgId, s)}>
            {s.label}
          </Dropdown.Item>
        ))}
      </Dropdown.Menu>
    </Dropdown>
  );
}
