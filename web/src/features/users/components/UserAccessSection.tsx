import { useState } from 'react';
import { Link } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { SearchField } from '../../../components/FormFields';
import { QueryState } from '../../../components/QueryState';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useUserAccess } from '../api/useUserAccess';
import type { OrgAccess } from '../types';

/** Organisations shown before "Show all": an all-organisations grant can reach hundreds. */
const SHOWN = 25;

/** Each role the user holds in the organisation, and where it comes from: a direct membership or a team's grant. */
function Sources({ org }: { org: OrgAccess }) {
  return (
    <ul className="list-unstyled mb-0 d-grid gap-1">
      {org.sources.map((s, i) => (
        <li key={`${s.kind}-${s.teamId ?? ''}-${s.roleId ?? i}`}>
          <span className="fw-semibold">{s.roleName ?? 'No role'}</span>{' '}
          {s.kind === 'team' ? (
            <span className="small">
              <Badge bg="info" className="fw-normal me-1">
                Team
              </Badge>
              via <Link to={`/teams/${s.teamId}`}>{s.teamName}</Link>
            </span>
          ) : (
            <Badge bg="secondary" className="fw-normal small">
              Direct member
            </Badge>
          )}
        </li>
      ))}
    </ul>
  );
}

const permissions = (org: OrgAccess) =>
  org.permissions.length === 0 ? (
    <span className="text-body-secondary">None (can see the organisation only)</span>
  ) : (
    <details>
      <summary>{org.permissions.length} permissions</summary>
      <div className="d-flex flex-wrap gap-1 mt-1">
        {org.permissions.map((p) => (
          <code key={p} className="small">
            {p}
          </code>
        ))}
      </div>
    </details>
  );

const orgLink = (org: OrgAccess) => <Link to={`/orgs/${org.orgId}`}>{org.orgName}</Link>;
const reauth = (org: OrgAccess) => `${org.reauthWindowMinutes} min`;

/** The user page's "Access": every organisation, the roles held there directly and through teams, and the result. */
export function UserAccessSection({ userId }: { userId: string }) {
  const access = useUserAccess(userId);
  const [filter, setFilter] = useState('');
  const [showAll, setShowAll] = useState(false);

  return (
    <section aria-labelledby="user-access-title" className="mb-4">
      <h2 id="user-access-title" className="h5 mb-3">
        Access
      </h2>
      <QueryState query={access} what="the user's access" inline>
        {(data) => {
          const term = filter.trim().toLowerCase();
          const matching = data.organisations.filter(
            (o) => !term || o.orgName.toLowerCase().includes(term) || o.sources.some((s) => `${s.roleName} ${s.teamName ?? ''}`.toLowerCase().includes(term)),
          );
          const shown = showAll ? matching : matching.slice(0, SHOWN);
          return (
            <>
              {data.isGlobalAdmin && (
                <Alert variant="warning">Global administrator: every permission in every organisation, whatever is listed below.</Alert>
              )}
              {data.organisations.length === 0 ? (
                <div className="text-center p-4 border rounded">
                  <p className="mb-2">No access to any organisation{data.isGlobalAdmin ? ' through memberships or teams' : ' yet'}.</p>
                  <p className="text-body-secondary small">Add them to a team that holds roles, or as a member on an organisation’s Members page.</p>
                  <Link to="/teams" className="btn btn-primary">
                    Go to teams
                  </Link>
                </div>
              ) : (
                <>
                  <p className="text-body-secondary small mb-2">
                    {data.organisations.length} organisation{data.organisations.length === 1 ? '' : 's'}. Permissions are the union of every role;
                    the re-authentication window is the shortest among them.
                  </p>
                  {data.organisations.length > 5 && (
                    <div className="mb-2" style={{ maxWidth: '24rem' }}>
                      <SearchField id="user-access-filter" label="Filter organisations" placeholder="Filter by organisation, role or team" value={filter} onChange={setFilter} />
                    </div>
                  )}
                  {matching.length === 0 ? (
                    <p className="text-body-secondary">No organisation, role or team matches “{filter.trim()}”.</p>
                  ) : (
                    <ResponsiveTable
                      label="Access per organisation"
                      rows={shown}
                      rowKey={(o) => o.orgId}
                      columns={[
                        { header: 'Organisation', className: 'text-break', cell: orgLink },
                        { header: 'Roles and where they come from', cell: (o) => <Sources org={o} /> },
                        { header: 'Permissions', cell: permissions },
                        { header: 'Re-auth window', className: 'text-nowrap', cell: reauth },
                      ]}
                      card={(o) => ({
                        title: orgLink(o),
                        details: [
                          ['Roles', <Sources key="s" org={o} />],
                          ['Permissions', permissions(o)],
                          ['Re-auth', reauth(o)],
                        ],
                      })}
                    />
                  )}
                  {matching.length > shown.length && (
                    <Button variant="outline-secondary" size="sm" onClick={() => setShowAll(true)}>
                      Show all {matching.length} organisations
                    </Button>
                  )}
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
