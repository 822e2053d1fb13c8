import { useState } from 'react';
import { ConfirmAction } from '../../../components/ConfirmDialog';
import { DataTable, editDeleteColumn, none } from '../../../components/DataTable';
import { ListFilters } from '../../../components/FormFields';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useContacts } from '../api/useContacts';
import { useDeleteContact } from '../api/useDeleteContact';
import type { Contact } from '../types';
import { ContactForm } from './ContactForm';
import { DirectorySection } from './DirectorySection';

const PAGE_SIZE = 50;

/** The people assets are assigned to: searchable, paged; with assets.write, create, edit and delete. */
export function ContactsSection({ orgId, canWrite }: { orgId: string; canWrite: boolean }) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const remove = useDeleteContact();
  const paging = useCursorStack(JSON.stringify([orgId, q]));
  const contacts = useContacts(orgId, { q, cursor: paging.cursor, limit: PAGE_SIZE });

  return (
    <DirectorySection
      id="directory-contacts"
      title="Contacts"
      newLabel="New contact"
      canCreate={canWrite && editing === null}
      onNew={() => setEditing('new')}
      flash={flash}
      onFlashClose={() => setFlash(null)}
    >
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

      <ListFilters label="Filter contacts" search={{ id: 'contacts-search', label: 'Search contacts', placeholder: 'Search by name or email', value: search, onChange: setSearch }} />

      <PagedList query={contacts} paging={paging} what="contacts" inline pagerLabel="Contact pages" empty={q ? 'No contacts match your search.' : 'No contacts yet.'}>
        {(items, busy) => (
          <DataTable
            label="Contacts"
            rows={items}
            rowKey={(c) => c.id}
            busy={busy}
            columns={[
              { header: 'Name', className: 'text-break', cell: (c) => c.name },
              { header: 'Role', cell: (c) => c.role ?? none },
              { header: 'Email', className: 'text-break', cell: (c) => (c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : none) },
              { header: 'Phone', className: 'text-nowrap', cell: (c) => c.phone ?? none },
              canWrite && editDeleteColumn<Contact>((c) => `contact ${c.name}`, setEditing, setDeleting),
            ]}
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
    </DirectorySection>
  );
}
