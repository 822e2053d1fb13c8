import { useState } from 'react';
import { useParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import Badge from 'react-bootstrap/Badge';
import { useCan } from '../../../auth/permissions';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { editDeleteColumn, none } from '../../../components/DataTable';
import { FlashAlert } from '../../../components/FlashAlert';
import { ListFilters } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { FilterBar } from '../../../components/FilterBar';
import { PagedList } from '../../../components/QueryState';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useContacts } from '../../../entities/contact/useContacts';
import { useCursorStack } from '../../../lib/cursorStack';
import { nameSorts, useSortParam } from '../../../lib/useSortParam';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useDeleteContact } from '../api/useDeleteContact';
import type { Contact } from '../types';
import { ContactForm } from './ContactForm';

const PAGE_SIZE = 50;

const email = (c: Contact) => (c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : none);
const phone = (c: Contact) => (c.phone ? <a href={`tel:${c.phone.replace(/\s+/g, '')}`}>{c.phone}</a> : none);

/** `/orgs/:orgId/contacts`: the client's people, searchable and paged; with assets.write, create, edit and delete. */
export function ContactsPage() {
  const { orgId = '' } = useParams();
  const canWrite = useCan(orgId, 'assets.write');
  const [search, setSearch, q] = useDebouncedParam('q');
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const remove = useDeleteContact();
  const [sort, setSort] = useSortParam(nameSorts);
  const paging = useCursorStack(JSON.stringify([orgId, q, sort]));
  const contacts = useContacts(orgId, { q, sort, cursor: paging.cursor, limit: PAGE_SIZE });
  const startNew = () => {
    setFlash(null);
    setEditing('new');
  };
  const actions = editDeleteColumn<Contact>((c) => `contact ${c.name}`, setEditing, setDeleting);

  return (
    <>
      <PageHeader crumbs={orgCrumbs(orgId)} title="Contacts" orgId={orgId} actions={canWrite && editing === null && <Button onClick={startNew}>New contact</Button>} />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      {canWrite && editing !== null && (
        <ContactForm
          key={editing === 'new' ? 'new' : editing.id}
          orgId={orgId}
          contact={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(null)}
          onSaved={(c) => {
            setFlash(editing === 'new' ? `Contact “${c.name}” created.` : `Contact “${c.name}” saved.`);
            setEditing(null);
          }}
        />
      )}

      <FilterBar list="contacts" active={q ? 1 : 0}>
      <ListFilters label="Filter contacts" search={{ id: 'contacts-search', label: 'Search contacts', placeholder: 'Search by name or email', value: search, onChange: setSearch }} />
      </FilterBar>

      <PagedList
        query={contacts}
        paging={paging}
        what="contacts"
        pageSize={PAGE_SIZE}
        inOrg
        pagerLabel="Contact pages"
        empty={q ? 'No contacts match your search.' : <NoContactsYet canWrite={canWrite && editing === null} onNew={startNew} />}
      >
        {(items, busy) => (
          <ResponsiveTable
            label="Contacts"
            rows={items}
            rowKey={(c) => c.id}
            busy={busy}
            sort={sort}
            onSort={setSort}
            columns={[
              { header: 'Name', sortKey: 'name', className: 'text-break', cell: (c) => <ContactName contact={c} /> },
              { header: 'Role', cell: (c) => c.role ?? none },
              { header: 'Email', className: 'text-break', cell: email },
              { header: 'Phone', className: 'text-nowrap', cell: phone },
              canWrite && actions,
            ]}
            card={(c) => ({
              title: <ContactName contact={c} />,
              details: [
                ['Role', c.role ?? none],
                ['Email', email(c)],
                ['Phone', phone(c)],
              ],
              actions: canWrite ? actions.cell(c) : undefined,
            })}
          />
        )}
      </PagedList>

      <ConfirmAction
        item={deleting}
        title="Delete contact"
        confirmLabel="Delete contact"
        mutation={remove}
        variables={(c) => ({ orgId, contactId: c.id, etag: c.etag })}
        onDone={(c) => setFlash(`Contact “${c.name}” deleted.`)}
        onClose={() => setDeleting(null)}
      >
        {(c) => (
          <>
            Delete <strong>{c.name}</strong>? Assets assigned to this contact become unassigned.
          </>
        )}
      </ConfirmAction>
    </>
  );
}

function NoContactsYet({ canWrite, onNew }: { canWrite: boolean; onNew: () => void }) {
  return (
    <div className="text-center p-5">
      <p className="h5">No contacts yet</p>
      <p className="text-body-secondary">Record the client’s people — who to call, who approves — and assign assets to them.</p>
      {canWrite && <Button onClick={onNew}>Add the first contact</Button>}
    </div>
  );
}

/** The name, with "Key contact" for those listed on the client's overview. */
function ContactName({ contact }: { contact: Contact }) {
  return (
    <>
      {contact.name}
      {contact.isKey && (
        <Badge bg="info-subtle" text="info-emphasis" className="ms-2 border">
          Key contact
        </Badge>
      )}
    </>
  );
}
