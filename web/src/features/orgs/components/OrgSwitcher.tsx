import { useEffect, useState } from 'react';
import { useMatch, useNavigate } from 'react-router';
import Form from 'react-bootstrap/Form';
import NavDropdown from 'react-bootstrap/NavDropdown';
import { useOrgs } from '../api/useOrgs';
import { rememberOrgId, rememberedOrgId } from '../currentOrg';
import type { OrgListParams } from '../types';

const SWITCHER_PARAMS: OrgListParams = { q: '', status: '', sort: 'name', cursor: null, limit: 100 };
const SEARCH_THRESHOLD = 10;

/** Navbar dropdown of the organisations the user can see; the current one comes from the URL, else this tab's last choice. */
export function OrgSwitcher() {
  const navigate = useNavigate();
  const match = useMatch({ path: '/orgs/:orgId', end: false });
  const routeOrgId = match?.params.orgId && match.params.orgId !== 'new' ? match.params.orgId : null;
  const [filter, setFilter] = useState('');
  const orgs = useOrgs(SWITCHER_PARAMS);

  useEffect(() => {
    if (routeOrgId) rememberOrgId(routeOrgId);
  }, [routeOrgId]);

  const currentId = routeOrgId ?? rememberedOrgId();
  const items = orgs.data?.items ?? [];
  const current = items.find((o) => o.id === currentId);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? items.filter((o) => o.name.toLowerCase().includes(needle) || o.slug.includes(needle)) : items;

  return (
    <NavDropdown
      id="org-switcher"
      title={
        // A fixed accessible name: org names are free text and must not collide with page buttons ("Archive").
        <>
          <span aria-hidden="true">{current ? current.name : 'Choose organisation'}</span>
          <span className="visually-hidden">Switch organisation</span>
        </>
      }
      onToggle={(open) => !open && setFilter('')}
      data-testid="org-switcher"
    >
      {items.length > SEARCH_THRESHOLD && (
        <div className="px-3 pb-2">
          <Form.Control
            size="sm"
            type="text"
            aria-label="Find an organisation"
            placeholder="Type to filter"
            value={filter}
            autoFocus
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={(e) => e.stopPropagation()}
          />
        </div>
      )}
      {orgs.isPending && <NavDropdown.ItemText className="text-body-secondary">Loading…</NavDropdown.ItemText>}
      {orgs.isError && <NavDropdown.ItemText className="text-danger">Could not load organisations.</NavDropdown.ItemText>}
      {orgs.isSuccess && shown.length === 0 && (
        <NavDropdown.ItemText className="text-body-secondary">{items.length === 0 ? 'No organisations yet.' : 'No match.'}</NavDropdown.ItemText>
      )}
      {shown.map((org) => (
        <NavDropdown.Item
          key={org.id}
          as="button"
          active={org.id === currentId}
          aria-current={org.id === currentId ? 'true' : undefined}
          onClick={() => {
            rememberOrgId(org.id);
            void navigate(`/orgs/${org.id}`);
          }}
        >
          {org.name}
        </NavDropdown.Item>
      ))}
      {orgs.data?.nextCursor && (
        <NavDropdown.ItemText className="small text-body-secondary">Showing the first {items.length}.</NavDropdown.ItemText>
      )}
    </NavDropdown>
  );
}
