import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { FormAlert, ListFilters, SubmitButton } from '../../../components/FormFields';
import { PagedList } from '../../../components/QueryState';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { SearchSelect } from '../../../components/SearchSelect';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { useUserMatches } from '../api/usePickers';
import { useTeamMembers } from '../api/useTeams';
import { useAddTeamMember, useRemoveTeamMember } from '../api/useTeamWrites';
import type { Team, TeamMember } from '../types';
import { formatDate } from '../../../lib/dates';
import { TeamSection } from './TeamSection';

const PAGE_SIZE = 25;

/** A type-ahead over the platform's active users and an Add button; a 409 (already in the team) shows on the picker. */
function AddMemberForm({ teamId, onAdded }: { teamId: string; onAdded: (message: string) => void }) {
  const [search, setSearch] = useState('');
  const [userId, setUserId] = useState('');
  const [picked, setPicked] = useState('');
  const [tried, setTried] = useState(false);
  const matches = useUserMatches(search);
  const add = useAddTeamMember();
  const errors = formErrorsOf(add.error, ['userId'] as const);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    if (!userId) return;
    add.mutate(
      { teamId, userId },
      {
        onSuccess: () => {
          onAdded(`${picked} added to the team.`);
          setUserId('');
          setSearch('');
          setTried(false);
        },
      },
    );
  }

  return (
    <Form noValidate onSubmit={submit} aria-label="Add member" className="border rounded p-3 mb-3">
      <FormAlert errors={errors} />
      <fieldset disabled={add.isPending}>
        <SearchSelect
          id="team-member-user"
          label="User"
          searchLabel="Find user"
          placeholder="Email or name"
          noun="users"
          search={search}
          onSearch={setSearch}
          query={matches}
          optionOf={(u) => ({ value: u.id, label: u.displayName ? `${u.displayName} (${u.email})` : u.email })}
          value={userId}
          onChange={(id, u) => {
            setUserId(id);
            setPicked(u?.email ?? '');
            add.reset();
          }}
          emptyLabel="Choose a user"
          error={fieldMessage(errors, 'userId') ?? (tried && !userId ? 'Choose the user to add.' : undefined)}
          className="mb-3"
        />
        <SubmitButton pending={add.isPending}>Add member</SubmitButton>
      </fieldset>
    </Form>
  );
}

/** The team's members, searchable and paged, each removable (If-Match on the membership). */
export function TeamMembers({ team, onMessage }: { team: Team; onMessage: (message: string | null) => void }) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const paging = useCursorStack(`${team.id}:${q}`);
  const members = useTeamMembers(team.id, { q, cursor: paging.cursor, limit: PAGE_SIZE });
  const remove = useRemoveTeamMember();
  const who = (m: TeamMember) => <Link to={`/users/${m.userId}`}>{m.displayName || m.email}</Link>;
  const removeButton = (m: TeamMember) => (
    <Button variant="outline-danger" size="sm" aria-label={`Remove ${m.email} from the team`} onClick={() => setRemoving(m)}>
      Remove
    </Button>
  );

  return (
    <TeamSection id="team-members-title" title="Members" count={team.memberCount} addLabel="Add member" adding={adding} onAdd={() => setAdding(true)}>
      {adding && (
        <AddMemberForm
          teamId={team.id}
          onAdded={(message) => {
            onMessage(message);
            setAdding(false);
          }}
        />
      )}
      {(team.memberCount > 0 || q) && (
        <ListFilters
          label="Filter members"
          search={{ id: 'team-members-search', label: 'Search members', placeholder: 'Search members by email or name', value: search, onChange: setSearch }}
        />
      )}
      <PagedList
        query={members}
        paging={paging}
        what="members"
        inline
        pagerLabel="Member pages"
        empty={
          q ? (
            'No members match your search.'
          ) : (
            <div className="text-center p-4 border rounded">
              <p className="mb-2">Nobody is in this team yet.</p>
              {!adding && <Button onClick={() => setAdding(true)}>Add the first member</Button>}
            </div>
          )
        }
      >
        {(items, busy) => (
          <ResponsiveTable
            label="Team members"
            rows={items}
            rowKey={(m) => m.userId}
            busy={busy}
            columns={[
              { header: 'Name', className: 'text-break', cell: who },
              { header: 'Email', className: 'text-break', cell: (m) => m.email },
              { header: 'Status', cell: (m) => (m.isActive ? 'Active' : 'Deactivated') },
              { header: 'Added', className: 'text-nowrap', cell: (m) => formatDate(m.addedAt) },
              { header: 'Actions', hideHeader: true, className: 'text-end', cell: removeButton },
            ]}
            card={(m) => ({
              title: who(m),
              details: [
                ['Email', m.email],
                ['Status', m.isActive ? 'Active' : 'Deactivated'],
                ['Added', formatDate(m.addedAt)],
              ],
              actions: removeButton(m),
            })}
          />
        )}
      </PagedList>
      <ConfirmAction
        item={removing}
        title="Remove member"
        confirmLabel="Remove from team"
        mutation={remove}
        variables={(m) => ({ teamId: team.id, member: m })}
        onDone={(m) => onMessage(`${m.email} removed from the team.`)}
        onClose={() => setRemoving(null)}
      >
        {(m) => (
          <>
            Remove <strong>{m.email}</strong> from <strong>{team.name}</strong>? They lose what the team’s grants give them on their next request;
            their own memberships stay.
          </>
        )}
      </ConfirmAction>
    </TeamSection>
  );
}
