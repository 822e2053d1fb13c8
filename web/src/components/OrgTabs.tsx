import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';
import Nav from 'react-bootstrap/Nav';
import { usePermissions } from '../auth/permissions';
import { useMediaQuery } from '../lib/useMediaQuery';
import { ManageMenu } from './ManageMenu';
import { allowedSections, orgManageSections, orgTabs, sectionHref } from './orgSections';

/**
 * The tabs of one organisation's pages, led by what technicians use; administration sits behind "Manage". Each
 * feature page renders it above its content. Only what the user's permissions allow is shown.
 */
export function OrgTabs({ orgId }: { orgId: string }) {
  const { can } = usePermissions();
  const allowed = (permission: string) => can(orgId, permission);
  const phone = useMediaQuery('(max-width: 767.98px)');
  const strip = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  const sections = allowedSections(orgTabs, allowed);
  const tabs = sections.map((tab) => (
    <Nav.Item key={tab.path}>
      <Nav.Link as={NavLink} to={sectionHref(orgId, tab)} end={tab.path === ''}>
        {tab.label}
      </Nav.Link>
    </Nav.Item>
  ));
  // On a phone the strip scrolls sideways: bring the current section's tab into view (Audit log sits off screen),
  // again once /me has answered and the tabs the user may see are drawn.
  const shown = sections.length;
  useEffect(() => {
    if (strip.current) scrollIntoStrip(strip.current);
  }, [phone, pathname, shown]);
  const manage = <ManageMenu orgId={orgId} sections={allowedSections(orgManageSections, allowed)} />;
  if (!phone) {
    return (
      <Nav variant="tabs" as="nav" aria-label="Organisation sections" className="mb-4">
        {tabs}
        {manage}
      </Nav>
    );
  }
  // A phone: the tabs scroll sideways in one line instead of four rows, and Manage stays in view at the end.
  return (
    <nav aria-label="Organisation sections" className="d-flex align-items-end mb-4 border-bottom">
      <Nav ref={strip} variant="tabs" as="div" className="flex-nowrap text-nowrap border-0 flex-grow-1" style={{ overflowX: 'auto', overflowY: 'hidden', minWidth: 0 }}>
        {tabs}
      </Nav>
      <Nav variant="tabs" as="div" className="border-0 flex-shrink-0">
        {manage}
      </Nav>
    </nav>
  );
}

/** Scrolls the strip sideways (never the page) so that its active tab is wholly visible, centred when it can be. */
export function scrollIntoStrip(strip: HTMLElement) {
  const active = strip.querySelector<HTMLElement>('.active');
  if (!active) return;
  const box = strip.getBoundingClientRect();
  const tab = active.getBoundingClientRect();
  if (tab.left >= box.left && tab.right <= box.right) return;
  strip.scrollLeft += tab.left - box.left - (box.width - tab.width) / 2;
}
