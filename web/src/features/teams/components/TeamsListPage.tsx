import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import Button from 'react-bootstrap/Button';
import { none } from '../../../components/DataTable';
import { FlashAlert } from '../../../components/FlashAlert';
import { ListFilters } from '../../../components/FormFields';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useFlash } from '../../../lib/useFlash';
import { useTeams } from '../api/useTeams';
import type { Team } from '../types';
import { TeamForm } from './TeamForm';
import { TeamsTabs } from './TeamsTabs';

const PAGE_SIZE = 50;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `/teams` (global administrators): groups of users holding roles in many organisations at once. */
export function TeamsListPage() {
  const navigate = useNavigate();
  const [search, setSearch, q] = useDebouncedParam('q');
  const [creating, setCreating] = useState(false);
  const [flash, setFlash] = useFlash();
  const paging = useCursorStack(q);
  const teams = useTeams({ q, cursor: paging.cursor, limit: PAGE_SIZE });
  const startNew = () => {
    setFlash(null);
    setCreating(true);
  };
  const name = (t: Team) => <Link to={`/teams/${t.id}`}>{t.name}</Link>;

  return (
    <>
      <PageHeader title="Teams" actions={!creating && <Button onClick={startNew}>New team</Button>} />
      <TeamsTabs />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      {creating && (
        <TeamForm
          onCancel={() => setCreating(false)}
          onSaved={(t) => void navigate(`/teams/${t.id}`, { state: { flash: `Team “${t.name}” created. Add its members and grants.` } })}
        />
      )}
      <ListFilters label="Filter teams" search={{ id: 'teams-search', label: 'Search teams', placeholder: 'Search by name', value: search, onChange: setSearch }} />
      <PagedList
        query={teams}
        paging={paging}
        what="teams"
        pagerLabel="Team pages"
        empty={q ? 'No teams match your search.' : <NoTeamsYet onNew={creating ? undefined : startNew} />}
      >
        {(items, busy) => (
          <ResponsiveTable
            label="Teams"
            rows={items}
            rowKey={(t) => t.id}
            busy={busy}
            columns={[
              { header: 'Name', className: 'text-break', cell: name },
              { header: 'Description', className: 'text-body-secondary', cell: (t) => t.description ?? none },
              { header: 'Members', className: 'text-nowrap', cell: (t) => count(t.memberCount, 'member', 'members') },
              { header: 'Grants', className: 'text-nowrap', cell: (t) => count(t.grantCount, 'grant', 'grants') },
            ]}
            card={(t) => ({
              title: name(t),
              details: [
                ['About', t.description ?? none],
                ['Members', count(t.memberCount, 'member', 'members')],
                ['Grants', count(t.grantCount, 'grant', 'grants')],
              ],
            })}
          />
        )}
      </PagedList>
    </>
  );
}

function NoTeamsYet({ onNew }: { onNew?: () => void }) {
  return (
    <div className="text-center p-5">
      <p className="h5">No teams yet</p>
      <p className="text-body-secondary">
        A team gives all its members the same roles in chosen organisations, or in every organisation, including those created later: one
        membership instead of a form per client.
      </p>
      {onNew && <Button onClick={onNew}>Create the first team</Button>}
    </div>
  );
}
