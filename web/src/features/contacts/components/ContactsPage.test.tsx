import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, memberMe, mockFetch, pathOf as path, problem, queryOf as query, renderRoute, withMe } from '../../../test/render';
import type { Contact } from '../types';
import { ContactsPage } from './ContactsPage';

afterEach(() => vi.unstubAllGlobals());

const orgId = '0190f0a0-0000-7000-8000-000000000001';
const adminMe = memberMe(orgId, ['org.read', 'assets.read', 'assets.write']);
const readerMe = memberMe(orgId, ['org.read', 'assets.read']);
const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', etag: '"1"' };
const alice: Contact = { id: 'c-alice', name: 'Alice Admin', email: 'alice@example.test', phone: '+1 555 0100', role: 'IT lead', notes: null, isKey: false, ...stamp };
const route = { path: '/orgs/:orgId/contacts', route: `/orgs/${orgId}/contacts` };

function api(me: unknown, onWrite: (r: Request) => Response | Promise<Response> = () => json({}), items: Contact[] = [alice]) {
  return mockFetch(withMe(me, (r) => (r.method !== 'GET' ? onWrite(r) : json({ items, nextCursor: null }))));
}

describe('ContactsPage', () => {
  it('lists contacts, creates one with field errors shown, and deletes one', async () => {
    let answer: Response = problem(400, { title: 'One or more fields are invalid.', errors: { email: ['Enter a valid email address.'] } });
    const { calls } = api(adminMe, () => answer);
    renderRoute(<ContactsPage />, route);

    const table = await screen.findByRole('table', { name: 'Contacts' });
    const row = within(table).getByRole('row', { name: /Alice Admin/ });
    expect(within(row).getByRole('link', { name: 'alice@example.test' })).toHaveAttribute('href', 'mailto:alice@example.test');
    expect(within(row).getByText('IT lead')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'New contact' }));
    const form = screen.getByRole('form', { name: 'New contact' });
    await userEvent.type(within(form).getByLabelText('Contact name'), 'Bob');
    await userEvent.type(within(form).getByLabelText('Email'), 'bob@');
    await userEvent.click(within(form).getByRole('button', { name: 'Create contact' }));
    expect(await within(form).findByText('Enter a valid email address.')).toHaveAttribute('id', 'contact-email-error');

    answer = json({ ...alice, id: 'c-bob', name: 'Bob', email: 'bob@example.test' }, 201);
    await userEvent.type(within(form).getByLabelText('Email'), 'example.test');
    await userEvent.type(within(form).getByLabelText('Phone'), '+1 555 0101');
    await userEvent.click(within(form).getByLabelText('Key contact (listed on the client’s overview)'));
    await userEvent.click(within(form).getByRole('button', { name: 'Create contact' }));
    expect(await screen.findByText('Contact “Bob” created.')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(await posts[1].json()).toEqual({ name: 'Bob', email: 'bob@example.test', phone: '+1 555 0101', isKey: true });

    answer = new Response(null, { status: 204 });
    await userEvent.click(screen.getByRole('button', { name: 'Delete contact Alice Admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete contact' });
    expect(dialog).toHaveTextContent('Assets assigned to this contact become unassigned.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete contact' }));
    expect(await screen.findByText('Contact “Alice Admin” deleted.')).toBeInTheDocument();
    expect(path(calls.find((c) => c.method === 'DELETE')!)).toBe(`/api/v1/orgs/${orgId}/contacts/c-alice`);
  });

  it('searches with q in the address, and invites to add the first contact when there are none', async () => {
    const { calls } = api(adminMe, () => json({}), []);
    renderRoute(<ContactsPage />, route);
    expect(await screen.findByText('No contacts yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add the first contact' }));
    expect(screen.getByRole('form', { name: 'New contact' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Search contacts'), 'bob');
    await vi.waitFor(() => expect(query(calls.filter((c) => path(c).endsWith('/contacts')).at(-1)!)).toEqual({ limit: '50', q: 'bob' }));
    expect(await screen.findByText('No contacts match your search.')).toBeInTheDocument();
  });

  it('lists contacts as cards on a phone, with the same actions', async () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('max-width'), media: q, addEventListener: () => {}, removeEventListener: () => {} }));
    api(adminMe);
    renderRoute(<ContactsPage />, route);
    const list = await screen.findByRole('list', { name: 'Contacts' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const card = within(list).getByRole('listitem');
    expect(card).toHaveTextContent('Alice Admin');
    expect(within(card).getByRole('link', { name: '+1 555 0100' })).toHaveAttribute('href', 'tel:+15550100');
    expect(within(card).getByRole('button', { name: 'Edit contact Alice Admin' })).toBeInTheDocument();
  });

  it('offers no create, edit or delete to a reader', async () => {
    api(readerMe);
    renderRoute(<ContactsPage />, route);
    expect(await screen.findByRole('table', { name: 'Contacts' })).toHaveTextContent('Alice Admin');
    expect(screen.queryByRole('button', { name: /New contact|Edit contact|Delete contact/ })).not.toBeInTheDocument();
  });
});
