import { useState } from 'react';
import { useParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import { useCan } from '../../../auth/permissions';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { FlashAlert } from '../../../components/FlashAlert';
import { ListFilters } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useMembers } from '../api/useMembers';
import { useRemoveMember } from '../api/useRemoveMember';
import type { Member } from '../types';
import { AddMemberForm } from './AddMemberForm';
import { ChangeRolesModal } from './ChangeRolesModal';
import { MembersTable } from './MembersTable';

const PAGE_SIZE = 50;

/** `/orgs/:orgId/members`: who belongs to the organisation and with which roles. */
export function MembersPage() {
  const { orgId = '' } = useParams();
  const canManage = useCan(orgId, 'members.manage');
  const [search, setSearch, q] = useDebouncedParam('q');
  const remove = useRemoveMember();

  const [adding, setAdding] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [changing, setChanging] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  const paging = useCursorStack(JSON.stringify([orgId, q]));
  const members = useMembers(orgId, { q, cursor: paging.cursor, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId)}
        title="Members"
        orgId={orgId}
        actions={
          canManage &&
          !adding && (
            <Button variant="primary" onClick={() => setAdding(true)}>
              Add member
            </Button>
          )
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      {canManage && adding && (
        <>
          <AddMemberForm
            orgId={orgId}
            onAdded={(m) => {
              setFlash(`${m.email} added.`);
              setAdding(false);
            }}
          />
          <div className="mt-n3 mb-4">
            <Button variant="link" size="sm" className="px-0" onClick={() => setAdding(false)}>
              Close the add-member form
            </Button>
          </div>
        </>
      )}

      <ListFilters label="Filter members" search={{ id: 'members-search', label: 'Search members', placeholder: 'Search by name or email', value: search, onChange: setSearch }} />

      <PagedList
        query={members}
        paging={paging}
        what="members"
        inOrg
        empty={q ? 'No members match your search.' : 'This organisation has no members yet.'}
      >
        {(items, busy) => (
          <MembersTable
            members={items}
            busy={busy}
            canManage={canManage}
            onChangeRoles={setChanging}
            onRemove={setRemoving}
          />
        )}
      </PagedList>

      {changing && (
        <ChangeRolesModal
          key={changing.userId}
          orgId={orgId}
          member={changing}
          onClose={() => setChanging(null)}
          onSaved={() => {
            setFlash(`Roles of ${changing.email} changed.`);
            setChanging(null);
          }}
        />
      )}
      <ConfirmAction
        item={removing}
        title="Remove member"
        confirmLabel="Remove"
        mutation={remove}
        variables={(m) => ({ orgId, userId: m.userId, etag: m.etag })}
        onDone={(m) => setFlash(`${m.email} removed.`)}
        onClose={() => setRemoving(null)}
      >
        {(m) => (
          <>
            Remove <strong>{m.displayName || m.email}</strong> ({m.email}) from this organisation? They lose access to everything in it.
          </>
        )}
      </ConfirmAction>
    </>
  );
}
