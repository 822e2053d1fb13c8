import { afterEach, describe, expect, it, vi } from 'vitest';
import { configureReauth } from '../../../api/client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { folderPage, folders, orgId, router, vaultAdminMe, vaultReaderMe, wifi } from '../testData';
import { VaultPage } from './VaultPage';

afterEach(() => {
  vi.unstubAllGlobals();
  configureReauth(null);
});

const route = { path: '/orgs/:orgId/vault', route: `/orgs/${orgId}/vault` };
const path = (r: Request) => new URL(r.url).pathname;
const listCalls = (calls: Request[]) =>
  calls.filter((c) => c.method === 'GET' && path(c).endsWith('/credentials')).map((c) => Object.fromEntries(new URL(c.url).searchParams));

function api(me: unknown, onWrite: (r: Request) => Response = () => json({})) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      if (path(r).endsWith('/folders')) return json(folderPage(r));
      const cursor = new URL(r.url).searchParams.get('cursor');
      return json(cursor ? { items: [wifi], nextCursor: null } : { items: [router], nextCursor: 'c2' });
    }),
  );
}

describe('VaultPage', () => {
  it('lists credentials with their metadata and which secrets they hold, and pages with the cursor', async () => {
    const { calls } = api(vaultAdminMe);
    renderRoute(<VaultPage />, route);

    const table = await screen.findByRole('table', { name: 'Credentials' });
    const row = within(table).getByRole('row', { name: /Core router/ });
    expect(within(row).getByRole('link', { name: 'Core router' })).toHaveAttribute('href', `/orgs/${orgId}/vault/c-router`);
    expect(within(row).getByText('admin')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'https://10.0.0.1' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(row).getByRole('button', { name: 'Filter by tag network' })).toBeInTheDocument();
    expect(within(row).getByRole('img', { name: 'Password' })).toBeInTheDocument();
    expect(within(row).getByRole('img', { name: 'TOTP' })).toBeInTheDocument();
    expect(within(row).getByRole('img', { name: '1 custom secret' })).toBeInTheDocument();
    // Secret values are never part of a list.
    expect(row).not.toHaveTextContent('API token');

    const nav = screen.getByRole('navigation', { name: 'Folders' });
    expect(await within(nav).findByRole('button', { name: /Network\s*2/ })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'All credentials' })).toHaveAttribute('aria-current', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const row2 = await within(table).findByRole('row', { name: /Guest Wi-Fi/ });
    expect(within(row2).getByRole('img', { name: 'Password' })).toBeInTheDocument();
    expect(within(row2).queryByRole('img', { name: 'TOTP' })).not.toBeInTheDocument();
    expect(listCalls(calls)).toEqual([{ limit: '50' }, { limit: '50', cursor: 'c2' }]);
    expect(screen.getByRole('link', { name: 'New credential' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Organisation sections' })).toContainElement(screen.getByRole('link', { name: 'Vault' }));
  });

  it('searches with q after typing pauses, and filters by folder and tag', async () => {
    const { calls } = api(vaultAdminMe);
    renderRoute(<VaultPage />, route);
    await screen.findByRole('table', { name: 'Credentials' });

    await userEvent.type(screen.getByLabelText('Search credentials'), 'router');
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '50', q: 'router' }));

    await userEvent.click(await screen.findByRole('button', { name: /Network\s*2/ }));
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '50', q: 'router', folderId: 'f-network' }));
    expect(screen.getByRole('button', { name: /Network\s*2/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'New credential' })).toHaveAttribute('href', `/orgs/${orgId}/vault/new?folder=f-network`);

    await userEvent.click(await screen.findByRole('button', { name: 'Filter by tag prod' }));
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '50', q: 'router', folderId: 'f-network', tag: 'prod' }));
    expect(screen.getByLabelText('Filter by tag')).toHaveValue('prod');
  });

  it('shows the empty state for a search and a retryable error', async () => {
    let fail = true;
    mockFetch(
      withMe(vaultAdminMe, (r) =>
        path(r).endsWith('/folders') ? json({ items: [], nextCursor: null }) : fail ? problem(500, { title: 'Boom' }) : json({ items: [], nextCursor: null }),
      ),
    );
    renderRoute(<VaultPage />, route);

    expect(await screen.findByText(/Could not load credentials: Boom/)).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The vault has no credentials yet.')).toBeInTheDocument();
  });

  it('creates a folder inside the one being viewed and deletes an empty folder', async () => {
    const { calls } = api(vaultAdminMe, (r) => (r.method === 'POST' ? json({ ...folders[2], id: 'f-new', name: 'Printers' }, 201) : new Response(null, { status: 204 })));
    renderRoute(<VaultPage />, { ...route, route: `/orgs/${orgId}/vault?folder=f-network` });

    await userEvent.click(await screen.findByRole('button', { name: 'New folder' }));
    const form = screen.getByRole('form', { name: 'New folder' });
    await userEvent.type(within(form).getByLabelText('Folder name'), ' Printers ');
    expect(within(form).getByLabelText('Inside')).toHaveValue('f-network');
    await userEvent.click(within(form).getByRole('button', { name: 'Create folder' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({ name: 'Printers', parentId: 'f-network' });

    // Only empty folders without sub-folders offer deletion.
    expect(screen.queryByRole('button', { name: 'Delete folder Network' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete folder Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete folder' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete folder' }));
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'DELETE')).toBeDefined());
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(path(del)).toBe(`/api/v1/orgs/${orgId}/vault/folders/f-empty`);
    expect(del.headers.get('If-Match')).toBe('"f1"');
  });

  it('finds folders with a server search, and says when the folder changed meanwhile (412)', async () => {
    const { calls } = api(vaultAdminMe, () => problem(412, { title: 'Precondition Failed', detail: 'The resource was changed.' }));
    renderRoute(<VaultPage />, route);

    const nav = screen.getByRole('navigation', { name: 'Folders' });
    await within(nav).findByRole('button', { name: /Network\s*2/ });
    await userEvent.type(within(nav).getByLabelText('Find folder'), 'arch');
    await vi.waitFor(() => expect(within(nav).queryByRole('button', { name: /Network/ })).not.toBeInTheDocument());
    expect(calls.some((c) => path(c).endsWith('/folders') && new URL(c.url).searchParams.get('q') === 'arch')).toBe(true);

    await userEvent.click(within(nav).getByRole('button', { name: 'Delete folder Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete folder' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete folder' }));
    expect(await within(dialog).findByText(/changed by someone else since the page loaded, so nothing was done/)).toBeInTheDocument();
  });

  it('copies username, password and one-time code from a row without showing them, asking to confirm "to copy this password"', async () => {
    const user = userEvent.setup();
    const prompt = vi.fn(() => Promise.resolve(true));
    configureReauth(prompt);
    let confirmed = false;
    const { calls } = api(vaultAdminMe, () => {
      if (!confirmed) {
        confirmed = true;
        return problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Re-authentication required.' });
      }
      return json({ field: 'password', value: 'R0uter-secret!' });
    });
    renderRoute(<VaultPage />, route);
    const row = within(await screen.findByRole('table', { name: 'Credentials' })).getByRole('row', { name: /Core router/ });

    await user.click(within(row).getByRole('button', { name: 'Copy username of Core router' }));
    expect(await navigator.clipboard.readText()).toBe('admin');
    expect(prompt).not.toHaveBeenCalled();

    await user.click(within(row).getByRole('button', { name: 'Copy password of Core router' }));
    await vi.waitFor(async () => expect(await navigator.clipboard.readText()).toBe('R0uter-secret!'));
    expect(prompt).toHaveBeenCalledExactlyOnceWith('copy this password');
    expect(await screen.findByTestId('copy-notice')).toHaveTextContent(/Password copied — clears in \d+ s/);
    expect(document.body).not.toHaveTextContent('R0uter-secret!');
    const reveal = calls.filter((c) => c.method === 'POST' && path(c).endsWith('/c-router/reveal'));
    expect(reveal).toHaveLength(2);

    // The one-time code comes from the TOTP endpoint.
    expect(within(row).getByRole('button', { name: 'Copy one-time code of Core router' })).toBeInTheDocument();
  });

  it('offers only the username to copy without vault.reveal', async () => {
    api(vaultReaderMe);
    renderRoute(<VaultPage />, route);
    const row = within(await screen.findByRole('table', { name: 'Credentials' })).getByRole('row', { name: /Core router/ });
    expect(within(row).getByRole('button', { name: 'Copy username of Core router' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Copy password/ })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Copy one-time code/ })).not.toBeInTheDocument();
  });

  it('hides writing actions without vault.write', async () => {
    api(vaultReaderMe);
    renderRoute(<VaultPage />, route);

    await screen.findByRole('row', { name: /Core router/ });
    await screen.findByRole('button', { name: /Network\s*2/ });
    expect(screen.queryByRole('link', { name: 'New credential' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New folder' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete folder/ })).not.toBeInTheDocument();
  });
});
