import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { globalAdminMe, json, mockFetch, renderRoute, withMe } from '../../../test/render';
import { apiKey, catalog, issued, keyManagerMe, orgId, orgs, otherOrgId } from '../testData';
import { PlatformApiKeysPage } from './PlatformApiKeysPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/settings/api-keys' };
const path = (r: Request) => new URL(r.url).pathname;

const everywhere = apiKey(4, { name: 'Backup', orgId: null, allOrgs: true, scopes: ['assets.read'] });
const some = apiKey(5, { name: 'Billing sync', orgId: null, orgIds: [orgId, otherOrgId] });

function api(me: unknown, onWrite: (r: Request) => Response = () => json({})) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      if (path(r) === '/api/v1/permissions') return json(catalog);
      if (path(r) === '/api/v1/orgs') return json({ items: orgs, nextCursor: null });
      return json({ items: [everywhere, some], nextCursor: null });
    }),
  );
}

describe('PlatformApiKeysPage', () => {
  it('lists platform keys with the organisations they are bound to', async () => {
    const { calls } = api(globalAdminMe);
    renderRoute(<PlatformApiKeysPage />, route);

    expect(screen.getByRole('navigation', { name: 'Settings sections' })).toContainElement(screen.getByRole('link', { name: 'API keys' }));
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(within(within(table).getByRole('row', { name: /Backup/ })).getByText('All organisations')).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Billing sync/ });
    expect(await within(row).findByText('Acme')).toBeInTheDocument();
    expect(within(row).getByText('Globex')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'GET' && path(c) === '/api/v1/api-keys')).toBe(true);
  });

  it('creates a key for every organisation and shows its secret; revokes through the platform endpoint', async () => {
    const created = apiKey(9, { name: 'Fleet report', orgId: null, allOrgs: true });
    const { calls } = api(globalAdminMe, (r) => (r.method === 'POST' ? json(issued(created, 'css_platform'), 201) : new Response(null, { status: 204 })));
    renderRoute(<PlatformApiKeysPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New API key' }));
    const form = await screen.findByRole('dialog', { name: 'New platform API key' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Fleet report');
    // A global administrator may give any scope but vault.reveal.
    await userEvent.click(await within(form).findByRole('checkbox', { name: /assets\.write/ }));
    expect(within(form).getByRole('checkbox', { name: /vault\.reveal/ })).toBeDisabled();
    await userEvent.click(within(form).getByRole('button', { name: 'Create key' }));

    const secret = await screen.findByRole('dialog', { name: 'API key created' });
    expect(within(secret).getByLabelText('Client secret')).toHaveValue('css_platform');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(path(post)).toBe('/api/v1/api-keys');
    expect(await post.json()).toEqual({ name: 'Fleet report', scopes: ['assets.write'], allOrgs: true });
    await userEvent.click(within(secret).getByRole('checkbox', { name: 'I have stored the secret' }));
    await userEvent.click(within(secret).getByRole('button', { name: 'Done' }));

    await userEvent.click(screen.getByRole('button', { name: 'Revoke Backup' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Revoke API key' })).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('API key “Backup” revoked.')).toBeInTheDocument();
    expect(path(calls.find((c) => c.method === 'DELETE')!)).toBe(`/api/v1/api-keys/${everywhere.id}`);
  });

  it('is for global administrators only', async () => {
    const { calls } = api(keyManagerMe);
    renderRoute(<PlatformApiKeysPage />, route);
    expect(await screen.findByRole('alert')).toHaveTextContent('Only global administrators can manage platform API keys.');
    expect(calls.map(path)).toEqual(['/api/v1/me']);
  });
});
