import { useState } from 'react';
import { Link, useParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import { DeleteRecordDialog } from '../../../components/ConfirmDialog';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useFlash } from '../../../lib/useFlash';
import { useTeam } from '../api/useTeams';
import { useDeleteTeam } from '../api/useTeamWrites';
import type { Team } from '../types';
import { TeamForm } from './TeamForm';
import { TeamGrants } from './TeamGrants';
import { TeamMembers } from './TeamMembers';

/** `/teams/:teamId`: a team's members and grants; rename and delete. */
export function TeamPage() {
  const { teamId = '' } = useParams();
  const team = useTeam(teamId);
  return (
    <QueryState query={team} what="the team" notFound="This team does not exist." errorFooter={<Link to="/teams">Back to teams</Link>}>
      {(data) => <TeamDetail team={data} onReload={() => void team.refetch()} />}
    </QueryState>
  );
}

function TeamDetail({ team, onReload }: { team: Team; onReload: () => void }) {
  const [flash, setFlash] = useFlash();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteTeam();

  return (
    <>
      <PageHeader
        crumbs={[{ to: '/teams', label: 'Teams' }]}
        title={team.name}
        subtitle={team.description ?? undefined}
        actions={
          !renaming && (
            <>
              <Button variant="outline-secondary" onClick={() => setRenaming(true)}>
                Rename
              </Button>
              <Button variant="outline-danger" onClick={() => setDeleting(true)}>
                Delete…
              </Button>
            </>
          )
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      {renaming && (
        <TeamForm
          key={team.etag}
          team={team}
          onCancel={() => {
            setRenaming(false);
            onReload();
          }}
          onSaved={(t) => {
            setRenaming(false);
            setFlash(`Team renamed to “${t.name}”.`);
          }}
        />
      )}
      <TeamGrants team={team} onMessage={setFlash} />
      <TeamMembers team={team} onMessage={setFlash} />
      <DeleteRecordDialog record={deleting ? team : null} noun="team" mutation={remove} variables={(t) => t} backTo="/teams" onClose={() => setDeleting(false)}>
        Delete the team <strong>{team.name}</strong>? Its {team.memberCount} member(s) lose what its {team.grantCount} grant(s) give them on their next
        request. Their own memberships of organisations stay.
      </DeleteRecordDialog>
    </>
  );
}
