import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useMatch, useNavigate } from 'react-router';
import Form from 'react-bootstrap/Form';
import NavDropdown from 'react-bootstrap/NavDropdown';
import { orgKeys } from '../../../entities/org/orgKeys';
import { useCurrentClient } from '../../../lib/documentTitle';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { getOrg } from '../../../entities/org/useOrg';
import { useOrgs } from '../api/useOrgs';
import { rememberOrgId, rememberedOrgId } from '../currentOrg';
import { switchClientPath } from '../switchPath';

const SHOWN = 20;

/**
 * The top bar's client switcher: type-ahead over the organisations the user can see (the server's `q`), and picking
 * one keeps the section on screen (Vault → Vault, see switchClientPath). The current client comes from the URL, else
 * this tab's last choice. ArrowDown moves from the search box into the list, Enter there picks the first match.
 */
export function ClientSwitcher() {
  const navigate = useNavigate();
  const location = useLocation();
  const match = useMatch({ path: '/orgs/:orgId', end: false });
  const routeOrgId = match?.params.orgId && match.params.orgId !== 'new' ? match.params.orgId : null;
  const client = useCurrentClient();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const q = useDebouncedValue(filter.trim(), 200);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (routeOrgId) rememberOrgId(routeOrgId);
  }, [routeOrgId]);

  const currentId = routeOrgId ?? rememberedOrgId();
  // Named from the shell's client on an organisation's pages, else (the last choice) from its own record.
  const remembered = useQuery({
    queryKey: orgKeys.detail(currentId ?? ''),
    queryFn: ({ signal }) => getOrg(currentId ?? '', signal),
    enabled: Boolean(currentId) && !routeOrgId,
  });
  const currentName = (routeOrgId ? client?.name : remembered.data?.name) ?? null;
  const orgs = useOrgs({ q, status: '', sort: 'name', cursor: null, limit: SHOWN }, open);
  const items = orgs.data?.items ?? [];

  function choose(orgId: string) {
    rememberOrgId(orgId);
    setOpen(false);
    void navigate(switchClientPath(location.pathname, location.search, orgId));
  }

  return (
    <NavDropdown
      id="org-switcher"
      show={open}
      title={
        // A fixed accessible name: org names are free text and must not collide with page buttons ("Archive").
        <>
          <span aria-hidden="true" className="d-inline-block text-truncate align-bottom" style={{ maxWidth: 'clamp(6rem, 10vw, 14rem)' }}>
            {currentName ?? 'Choose organisation'}
          </span>
          <span className="visually-hidden">Switch organisation</span>
        </>
      }
      onToggle={(next) => {
        setOpen(next);
        if (!next) setFilter('');
      }}
      data-testid="org-switcher"
    >
      <div ref={menu}>
        <div className="px-3 pb-2">
          <Form.Control
            size="sm"
            type="search"
            aria-label="Find an organisation"
            placeholder="Type to find a client"
            value={filter}
            autoFocus
            autoComplete="off"
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                menu.current?.querySelector<HTMLElement>('.dropdown-item')?.focus();
                e.preventDefault();
              } else if (e.key === 'Enter') {
                e.preventDefault();
                // While the answer for the typed text is on its way, the list shown is the previous one: pick from it only a name that matches.
                const fresh = q === filter.trim() && !orgs.isPlaceholderData;
                const typed = filter.trim().toLowerCase();
                const first = fresh ? items[0] : items.find((o) => o.name.toLowerCase().includes(typed));
                if (first) choose(first.id);
              }
              // Escape and Tab stay with the dropdown (close it); typed letters stay in the box.
              if (e.key !== 'Escape' && e.key !== 'Tab') e.stopPropagation();
            }}
            style={{ minWidth: '14rem' }}
          />
        </div>
        {orgs.isPending && <NavDropdown.ItemText className="text-body-secondary">Loading…</NavDropdown.ItemText>}
        {orgs.isError && <NavDropdown.ItemText className="text-danger">Could not load organisations.</NavDropdown.ItemText>}
        {orgs.isSuccess && items.length === 0 && <NavDropdown.ItemText className="text-body-secondary">{q ? 'No match.' : 'No organisations yet.'}</NavDropdown.ItemText>}
        {items.map((org) => (
          <NavDropdown.Item key={org.id} as="button" active={org.id === currentId} aria-current={org.id === currentId ? 'true' : undefined} onClick={() => choose(org.id)}>
            {org.name}
          </NavDropdown.Item>
        ))}
        {orgs.data?.nextCursor && <NavDropdown.ItemText className="small text-body-secondary">First {items.length} shown: type to find others.</NavDropdown.ItemText>}
      </div>
    </NavDropdown>
  );
}
