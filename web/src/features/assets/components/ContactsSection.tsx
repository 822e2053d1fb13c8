import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import Table from 'react-bootstrap/Table';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage } from '../../../lib/problem';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useContacts } from '../api/useContacts';
import { useDeleteContact } from '../api/useDeleteContact';
import type { Contact } from '../types';
import { ConfirmModal } from './ConfirmModal';
import { ContactForm } from './ContactForm';
import { Pager } from './Pager';

const PAGE_SIZE = 50;
const none = <span className="text-body-secondary">—</span>;

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
  const items = contacts.data?.items ?? [];

  return (
    <section aria-labelledby="directory-contacts">
      <div className="d-flex align-items-center justify-content-between mb-2">
        <h2 id="directory-contacts" className="h5 mb-0">
          Contacts
        </h2>
        {canWrite && editing === null && (
          <Button
            size="sm"
            onClick={() => {
              setFlash(null);
              setEditing('new');
            }}
          >
            New contact
          </Button>
        )}
      </div>
      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
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

      <Form role="search" aria-label="Filter contacts" onSubmit={(e) => e.preventDefault()} className="mb-3">
        <Form.Group controlId="contacts-search">
          <Form.Label className="visually-hidden">Search contacts</Form.Label>
          <Form.Control type="search" placeholder="Search by name or email" value={search} onChange={(e) => setSearch(e.target.value)} />
        </Form.Group>
      </Form>

      {contacts.isPending ? (
        <Spinner animation="border" role="status">
          <span className="visually-hidden">Loading contacts…</span>
        </Spinner>
      ) : contacts.isError ? (
        <Alert variant="danger" role="alert">
          <p className="mb-2">Could not load contacts: {errorMessage(contacts.error)}</p>
          <Button variant="outline-danger" size="sm" onClick={() => contacts.refetch()}>
            Retry
          </Button>
        </Alert>
      ) : items.length === 0 && !paging.hasPrevious ? (
        <div className="text-center text-body-secondary p-4">{q ? 'No contacts match your search.' : 'No contacts yet.'}</div>
      ) : (
        <>
          <Table responsive hover aria-label="Contacts" aria-busy={contacts.isFetching} className="align-middle">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Email</th>
                <th scope="col">Phone</th>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td className="text-break">{c.name}</td>
                  <td>{c.role ?? none}</td>
                  <td className="text-break">{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : none}</td>
                  <td className="text-nowrap">{c.phone ?? none}</td>
                  {canWrite && (
                    <td className="text-end text-nowrap">
                      <Button variant="link" size="sm" aria-label={`Edit contact ${c.name}`} onClick={() => setEditing(c)}>
                        Edit
                      </Button>
                      <Button variant="outline-danger" size="sm" aria-label={`Delete contact ${c.name}`} onClick={() => setDeleting(c)}>
                        Delete
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager
            label="Contact pages"
            page={paging.page}
            hasPrevious={paging.hasPrevious}
            nextCursor={contacts.data?.nextCursor ?? null}
            busy={contacts.isFetching}
            onPrevious={paging.previous}
            onNext={paging.next}
          />
        </>
      )}

      {deleting && (
        <ConfirmModal
          title="Delete contact"
          confirmLabel="Delete contact"
          pending={remove.isPending}
          error={remove.error}
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
          onConfirm={() =>
            remove.mutate(
              { orgId, contactId: deleting.id },
              {
                onSuccess: () => {
                  setFlash(`Contact “${deleting.name}” deleted.`);
                  setDeleting(null);
                },
              },
            )
          }
        >
          Delete <strong>{deleting.name}</strong>? Assets assigned to this contact become unassigned.
        </ConfirmModal>
      )}
    </section>
  );
}
