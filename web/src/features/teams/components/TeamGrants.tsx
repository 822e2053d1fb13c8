import { useState } from 'react';
import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { QueryState } from '../../../components/QueryState';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useTeamGrants } from '../api/useTeams';
import { useRemoveTeamGrant } from '../api/useTeamWrites';
import type { Team, TeamGrant } from '../types';
import { GrantForm } from './GrantForm';
import { TeamSection } from './TeamSection';

const where = (g: TeamGrant) =>
  g.orgId ? (
    <Link to={`/orgs/${g.orgId}`}>{g.orgName}</Link>
  ) : (
    <>
      <strong>All organisations</strong> <span className="text-body-secondary small">(including future ones)</span>
    </>
  );

const role = (g: TeamGrant) => (
  <>
    {g.roleName}{' '}
    <Badge bg="secondary" className="ms-1 fw-normal">
      {g.platformRoleId ? 'Platform role' : 'Organisation role'}
    </Badge>
  </>
);

const permissions = (g: TeamGrant) => (
  <details>
    <summary>{g.permissions.length} permissions</summary>
    <div className="d-flex flex-wrap gap-1 mt-1">
      {g.permissions.map((p) => (
        <code key={p} className="small">
          {p}
        </code>
      ))}
    </div>
  </details>
);

/** Which role the team holds where; a grant is added (one per organisation chosen) or withdrawn (If-Match). */
export function TeamGrants({ team, onMessage }: { team: Team; onMessage: (message: string | null) => void }) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TeamGrant | null>(null);
  const grants = useTeamGrants(team.id);
  const remove = useRemoveTeamGrant();
  const removeButton = (g: TeamGrant) => (
    <Button variant="outline-danger" size="sm" aria-label={`Withdraw ${g.roleName} in ${g.orgName ?? 'all organisations'}`} onClick={() => setRemoving(g)}>
      Withdraw
    </Button>
  );

  return (
    <TeamSection id="team-grants-title" title="Grants" count={team.grantCount} addLabel="Add grant" adding={adding} onAdd={() => setAdding(true)}>
      {adding && (
        <GrantForm
          teamId={team.id}
          onCancel={() => setAdding(false)}
          onAdded={(message) => {
            onMessage(message);
            setAdding(false);
          }}
        />
      )}
      <QueryState query={grants} what="the grants" inline>
        {(items) =>
          items.length === 0 ? (
            <div className="text-center p-4 border rounded">
              <p className="mb-2">This team holds no roles yet: its members get nothing from it.</p>
              {!adding && <Button onClick={() => setAdding(true)}>Grant a role</Button>}
            </div>
          ) : (
            <ResponsiveTable
              label="Team grants"
              rows={items}
              rowKey={(g) => g.id}
              columns={[
                { header: 'Where', className: 'text-break', cell: where },
                { header: 'Role', cell: role },
                { header: 'Permissions', cell: permissions },
                { header: 'Actions', hideHeader: true, className: 'text-end', cell: removeButton },
              ]}
              card={(g) => ({ title: where(g), details: [['Role', role(g)], ['Permissions', permissions(g)]], actions: removeButton(g) })}
            />
          )
        }
      </QueryState>
      <ConfirmAction
        item={removing}
        title="Withdraw grant"
        confirmLabel="Withdraw grant"
        mutation={remove}
        variables={(g) => ({ teamId: team.id, grant: g })}
        onDone={(g) => onMessage(`${g.roleName} withdrawn from ${g.orgName ?? 'all organisations'}.`)}
        onClose={() => setRemoving(null)}
      >
        {(g) => (
          <>
            Withdraw <strong>{g.roleName}</strong> in <strong>{g.orgName ?? 'every organisation'}</strong> from {team.name}? Its members lose it on
            their next request (unless they hold it another way).
          </>
        )}
      </ConfirmAction>
    </TeamSection>
  );
}
