import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../components/OrgTabs';
import { usePermissions } from '../../../auth/permissions';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useMembers } from '../api/useMembers';
import type { Member } from '../types';
import { AddMemberForm } from './AddMemberForm';
import { ChangeRolesModal } from './ChangeRolesModal';
import { MembersTable } from './MembersTable';
import { RemoveMemberModal } from './RemoveMemberModal';

const PAGE_SIZE = 50;

/** `/orgs/:orgId/members`: who belongs to the organisation and with which roles. */
export function MembersPage() {
  const { orgId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const { can } = usePermissions();
  const canManage = can(orgId, 'members.manage');

  const [adding, setAdding] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [changing, setChanging] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  // The box updates at typing speed; the URL (and so the query) follows once typing pauses.
  const [search, setSearch] = useState(q);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  useEffect(() => {
    if (debouncedSearch === q) return;
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, q, setSearchParams]);

  const paging = useCursorStack(JSON.stringify([orgId, q]));
  const members = useMembers(orgId, { q, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = members.data?.items ?? [];
  const nextCursor = members.data?.nextCursor ?? null;
  const notFound = isApiError(members.error) && members.error.status === 404;
  const forbidden = isApiError(members.error) && members.error.status === 403;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link>
      </nav>
      <div className="d-flex align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">Members</h1>
        {canManage && !adding && (
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add member
          </Button>
        )}
      </div>
      <OrgTabs orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}

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

      <Form role="search" aria-label="Filter members" onSubmit={(e) => e.preventDefault()} className="mb-3">
        <Form.Group controlId="members-search">
          <Form.Label className="visually-hidden">Search members</Form.Label>
          <Form.Control type="search" placeholder="Search by name or email" value={search} onChange={(e) => setSearch(e.target.value)} />
        </Form.Group>
      </Form>

      {members.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading members…</span>
          </Spinner>
        </div>
      ) : members.isError ? (
        <Alert variant={notFound || forbidden ? 'warning' : 'danger'} role="alert">
          {notFound ? (
            <p className="mb-0">This organisation does not exist or you cannot access it.</p>
          ) : forbidden ? (
            <p className="mb-0">You do not have permission to see the members: {errorMessage(members.error)}</p>
          ) : (
            <>
              <p className="mb-2">Could not load members: {errorMessage(members.error)}</p>
              <Button variant="outline-danger" size="sm" onClick={() => members.refetch()}>
                Retry
              </Button>
            </>
          )}
        </Alert>
      ) : items.length === 0 && !paging.hasPrevious ? (
        <div className="text-center text-body-secondary p-5">{q ? 'No members match your search.' : 'This organisation has no members yet.'}</div>
      ) : (
        <>
          <MembersTable
            members={items}
            busy={members.isFetching}
            canManage={canManage}
            onChangeRoles={(m) => {
              setFlash(null);
              setChanging(m);
            }}
            onRemove={(m) => {
              setFlash(null);
              setRemoving(m);
            }}
          />
          <nav aria-label="Pages" className="d-flex align-items-center gap-2">
            <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || members.isFetching} onClick={paging.previous}>
              Previous
            </Button>
            <span className="text-body-secondary small">Page {paging.page}</span>
            <Button
              variant="outline-secondary"
              size="sm"
              disabled={!nextCursor || members.isFetching}
              onClick={() => nextCursor && paging.next(nextCursor)}
            >
              Next
            </Button>
            {members.isFetching && (
              <Spinner animation="border" size="sm" role="status">
                <span className="visually-hidden">Loading…</span>
              </Spinner>
            )}
          </nav>
        </>
      )}

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
      {removing && (
        <RemoveMemberModal
          key={removing.userId}
          orgId={orgId}
          member={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setFlash(`${removing.email} removed.`);
            setRemoving(null);
          }}
        />
      )}
    </>
  );
}
