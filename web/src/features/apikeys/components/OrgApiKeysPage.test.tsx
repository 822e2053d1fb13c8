import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { apiKey, catalog, ciKey, issued, keyManagerMe, orgId, revokedKey, viewerMe } from '../testData';
import { OrgApiKeysPage } from './OrgApiKeysPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/api-keys', route: `/orgs/${orgId}/api-keys` };
const path = (r: Request) => new URL(r.url).pathname;
const listCalls = (calls: Request[]) =>
  calls.filter((c) => c.method === 'GET' && path(c).endsWith('/api-keys')).map((c) => Object.fromEntries(new URL(c.url).searchParams));

function api(me: unknown, onWrite: (r: Request) => Response | Promise<Response> = () => json({})) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      if (path(r) === '/api/v1/permissions') return json(catalog);
      const params = new URL(r.url).searchParams;
      if (params.get('cursor')) return json({ items: [apiKey(7, { name: 'Second page key' })], nextCursor: null });
      return json({ items: params.get('includeRevoked') ? [ciKey, revokedKey] : [ciKey], nextCursor: 'c2' });
    }),
  );
}

describe('OrgApiKeysPage', () => {
  it('lists the keys, pages with the cursor and shows revoked keys on request', async () => {
    const { calls } = api(keyManagerMe);
    renderRoute(<OrgApiKeysPage />, route);

    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(within(table).getByRole('row', { name: /CI asset export/ })).toBeInTheDocument();
    // API keys sits under the tabs' Manage menu, whose toggle names the open page.
    expect(within(screen.getByRole('navigation', { name: 'Organisation sections' })).getByRole('button', { name: 'Manage, API keys open' })).toHaveClass('active');

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await within(table).findByRole('row', { name: /Second page key/ })).toBeInTheDocument();
    expect(screen.getByText('Page 2')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: 'Show revoked' }));
    expect(await within(table).findByRole('row', { name: /Old sync/ })).toBeInTheDocument();
    expect(screen.getByText('Page 1')).toBeInTheDocument();
    expect(listCalls(calls)).toEqual([
      { limit: '50', sort: '-createdAt' },
      { limit: '50', sort: '-createdAt', cursor: 'c2' },
      { limit: '50', sort: '-createdAt', includeRevoked: 'true' },
    ]);
  });

  it('revokes a key after confirmation', async () => {
    const { calls } = api(keyManagerMe, () => new Response(null, { status: 204 }));
    renderRoute(<OrgApiKeysPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Revoke CI asset export' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke API key' });
    expect(confirm).toHaveTextContent(ciKey.clientId);
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Revoke API key' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Revoke CI asset export' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Revoke API key' })).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('API key “CI asset export” revoked.')).toBeInTheDocument();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(path(del)).toBe(`/api/v1/orgs/${orgId}/api-keys/${ciKey.id}`);
    // The list is read again after the revocation.
    expect(listCalls(calls).length).toBeGreaterThan(1);
  });

  it('shows a failed revocation inside the confirmation', async () => {
    api(keyManagerMe, () => problem(404, { title: 'Not Found', detail: 'The API key does not exist.' }));
    renderRoute(<OrgApiKeysPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Revoke CI asset export' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke API key' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('The API key does not exist.');
  });

  it('rotates after confirmation and shows the new secret once', async () => {
    const { calls } = api(keyManagerMe, () => json(issued(ciKey, 'css_new-secret')));
    renderRoute(<OrgApiKeysPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Rotate secret of CI asset export' }));
    const confirm = await screen.findByRole('dialog', { name: 'Rotate API key secret' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Rotate secret' }));

    const secret = await screen.findByRole('dialog', { name: 'New secret issued' });
    expect(path(calls.find((c) => c.method === 'POST')!)).toBe(`/api/v1/orgs/${orgId}/api-keys/${ciKey.id}/rotate`);
    expect(within(secret).getByLabelText('Client secret')).toHaveValue('css_new-secret');
    await userEvent.click(within(secret).getByRole('checkbox', { name: 'I have stored the secret' }));
    await userEvent.click(within(secret).getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('API key “CI asset export” is ready.')).toBeInTheDocument();
    expect(screen.queryByDisplayValue('css_new-secret')).not.toBeInTheDocument();
  });

  it('creates a key and then shows its secret', async () => {
    const created = apiKey(8, { name: 'Nightly export' });
    const { calls } = api(keyManagerMe, () => json(issued(created, 'css_fresh'), 201));
    renderRoute(<OrgApiKeysPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New API key' }));
    const form = await screen.findByRole('dialog', { name: 'New API key' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Nightly export');
    await userEvent.click(await within(form).findByRole('checkbox', { name: /^org\.read/ }));
    // Not held in this organisation: not offered.
    expect(within(form).getByRole('checkbox', { name: /assets\.write/ })).toBeDisabled();
    await userEvent.click(within(form).getByRole('button', { name: 'Create key' }));

    const secret = await screen.findByRole('dialog', { name: 'API key created' });
    expect(within(secret).getByLabelText('Client ID')).toHaveValue(created.clientId);
    expect(within(secret).getByLabelText('Client secret')).toHaveValue('css_fresh');
    expect(screen.queryByRole('dialog', { name: 'New API key' })).not.toBeInTheDocument();
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({ name: 'Nightly export', scopes: ['org.read'] });
  });

  it('explains the missing permission without asking for the keys', async () => {
    const { calls } = api(viewerMe);
    renderRoute(<OrgApiKeysPage />, route);

    expect(await screen.findByRole('alert')).toHaveTextContent('apikeys.manage');
    expect(screen.queryByRole('link', { name: 'API keys' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New API key' })).not.toBeInTheDocument();
    expect(listCalls(calls)).toEqual([]);
  });

  it('shows the empty state and a retryable error', async () => {
    let fail = true;
    mockFetch(withMe(keyManagerMe, () => (fail ? problem(500, { title: 'Boom' }) : json({ items: [], nextCursor: null }))));
    renderRoute(<OrgApiKeysPage />, route);

    expect(await screen.findByText(/Could not load API keys: Boom/)).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/No active API keys/)).toBeInTheDocument();
  });
});
