import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { folderPage, orgId, router, vaultAdminMe, vaultReaderMe } from '../testData';
import { CredentialPage } from './CredentialPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/vault/:credentialId', route: `/orgs/${orgId}/vault/${router.id}` };
const path = (r: Request) => new URL(r.url).pathname;

function api(me: unknown, onDelete: () => Response = () => new Response(null, { status: 204 })) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method === 'DELETE') return onDelete();
      return path(r).endsWith('/folders') ? json(folderPage(r)) : json(router);
    }),
  );
}

describe('CredentialPage', () => {
  it('shows the metadata and every secret masked with reveal and copy', async () => {
    const { calls } = api(vaultAdminMe);
    renderRoute(<CredentialPage />, route);

    expect(await screen.findByRole('heading', { name: 'Core router' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Network' })).toHaveAttribute('href', `/orgs/${orgId}/vault?folder=f-network`);
    expect(screen.getByText('admin')).toBeInTheDocument();
    expect(screen.getByText('Console on port 2')).toBeInTheDocument();
    const groups = screen.getAllByRole('group').map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(['Password', 'TOTP seed', 'API token']);
    for (const name of ['password', 'TOTP seed', 'API token']) {
      expect(await screen.findByRole('button', { name: `Reveal ${name}` })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `Copy ${name}` })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Show code' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/orgs/${orgId}/vault/${router.id}/edit`);
    // Opening the page reveals nothing.
    expect(calls.some((c) => path(c).endsWith('/reveal') || path(c).endsWith('/totp'))).toBe(false);
  });

  it('keeps secrets masked without vault.reveal and hides edit and delete without vault.write', async () => {
    api(vaultReaderMe);
    renderRoute(<CredentialPage />, route);

    expect(await screen.findByText(/needs the “vault.reveal” permission/)).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Password' })).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show code' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
  });

  it('deletes after confirmation with the etag, and shows a 412 in the dialog', async () => {
    let answer = problem(412, { title: 'Precondition failed.' });
    const { calls } = api(vaultAdminMe, () => answer);
    renderRoute(<CredentialPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete credential' });
    expect(dialog).toHaveTextContent('Delete Core router and all its stored secrets?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete credential' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('changed by someone else');
    expect(calls.find((c) => c.method === 'DELETE')!.headers.get('If-Match')).toBe('"r1"');

    answer = new Response(null, { status: 204 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete credential' }));
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
  });

  it('pins the credential to the client’s overview with its etag, and records the opening as a recent item', async () => {
    const { calls } = api(vaultAdminMe);
    renderRoute(<CredentialPage />, route);

    expect(await screen.findByText('Not pinned')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Pin to overview' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"r1"');
    expect(await patch.json()).toEqual({ pinned: true });
    expect(calls.some((c) => c.method === 'POST' && path(c) === `/api/v1/me/recents/credential/${router.id}`)).toBe(true);
    expect(screen.getByRole('button', { name: 'Favourite Core router' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('says when the credential does not exist', async () => {
    mockFetch(withMe(vaultAdminMe, () => problem(404, { title: 'Not found' })));
    renderRoute(<CredentialPage />, route);
    expect(await screen.findByText('This credential does not exist or you cannot access it.')).toBeInTheDocument();
  });
});
