import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { NOT_HELD_MESSAGE } from '../../../entities/permission/PermissionChecklist';
import { catalog, ciKey, issued, orgId, orgs, otherOrgId } from '../testData';
import type { ApiKeyOwner } from '../types';
import { NewApiKeyModal } from './NewApiKeyModal';

afterEach(() => vi.unstubAllGlobals());

const held = ['org.read', 'apikeys.manage', 'assets.read', 'vault.read', 'vault.reveal'];
const orgOwner: ApiKeyOwner = { kind: 'org', orgId };

function setup(answer: () => Response, owner: ApiKeyOwner = orgOwner) {
  const onCreated = vi.fn();
  const onClose = vi.fn();
  const fetch = mockFetch((r) => (r.method === 'POST' ? answer() : json(catalog)));
  renderRoute(
    <NewApiKeyModal
      owner={owner}
      canGrant={(p) => owner.kind === 'platform' || held.includes(p)}
      orgs={owner.kind === 'platform' ? { data: orgs, loading: false, error: null } : undefined}
      onClose={onClose}
      onCreated={onCreated}
    />,
  );
  return { ...fetch, onCreated, onClose };
}

describe('NewApiKeyModal', () => {
  it('sends the name, the scopes picked, the expiry and the allowed IPs', async () => {
    const answer = issued(ciKey);
    const { calls, onCreated } = setup(() => json(answer, 201));

    await userEvent.type(screen.getByLabelText('Name'), '  CI asset export ');
    await userEvent.click(await screen.findByRole('checkbox', { name: /assets\.read/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^org\.read/ }));
    fireEvent.change(screen.getByLabelText('Expires on (optional)'), { target: { value: '2026-12-31' } });
    await userEvent.type(screen.getByLabelText('Allowed IP addresses (optional)'), ' 203.0.113.7 {Enter}{Enter}10.0.0.0/8{Enter}2001:db8::/32');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));

    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(answer));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/orgs/${orgId}/api-keys`);
    expect(await post.json()).toEqual({
      name: 'CI asset export',
      scopes: ['assets.read', 'org.read'],
      expiresAt: new Date(2026, 11, 31).toISOString(),
      allowedIps: ['203.0.113.7', '10.0.0.0/8', '2001:db8::/32'],
    });
  });

  it('leaves expiry and IPs out when empty, and offers only permissions the user holds — never vault.reveal', async () => {
    const { calls } = setup(() => json(issued(ciKey), 201));

    const reveal = await screen.findByRole('checkbox', { name: /vault\.reveal/ });
    // Held by the user, yet never available to a key.
    expect(reveal).toBeDisabled();
    expect(reveal).toHaveAccessibleDescription(/never available to API keys/);
    expect(screen.getByText(/never available to API keys/)).toBeVisible();
    const write = screen.getByRole('checkbox', { name: /assets\.write/ });
    expect(write).toBeDisabled();
    expect(write).toHaveAccessibleDescription(new RegExp(NOT_HELD_MESSAGE));
    expect(screen.getByRole('checkbox', { name: /vault\.read/ })).toBeEnabled();

    // "Select all" in vault takes vault.read only.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all in vault' }));
    await userEvent.type(screen.getByLabelText('Name'), 'Vault lister');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(await calls.find((c) => c.method === 'POST')!.json()).toEqual({ name: 'Vault lister', scopes: ['vault.read'] });
  });

  it('shows the API field errors of a 400 under their fields', async () => {
    const { onCreated } = setup(() =>
      problem(400, {
        title: 'Validation failed.',
        errors: {
          name: ['Give the key a name of 1 to 200 characters.'],
          scopes: ["You cannot grant 'assets.write': you do not hold it where this key works."],
          expiresAt: ['Keys expire within 365 days at most; choose an earlier date.'],
          allowedIps: ["'10.0.0.1/8' is not an IP address or CIDR network."],
        },
      }),
    );

    await screen.findByRole('checkbox', { name: /org\.read/ });
    await userEvent.type(screen.getByLabelText('Allowed IP addresses (optional)'), '10.0.0.1/8');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));

    expect(await screen.findByText('Give the key a name of 1 to 200 characters.')).toHaveAttribute('id', 'apikey-name-error');
    expect(screen.getByLabelText('Name')).toHaveClass('is-invalid');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/Give the key a name/);
    expect(screen.getByText(/You cannot grant 'assets.write'/)).toHaveAttribute('id', 'apikey-scopes-error');
    expect(screen.getByLabelText('Expires on (optional)')).toHaveAccessibleDescription(/365 days at most/);
    expect(screen.getByLabelText('Allowed IP addresses (optional)')).toHaveClass('is-invalid');
    expect(screen.getByText(/is not an IP address or CIDR network/)).toHaveAttribute('id', 'apikey-allowedIps-error');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('shows a 403 (e.g. re-authentication cancelled) as an alert', async () => {
    setup(() => problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Forbidden', detail: 'Confirm your password to continue.' }));
    await userEvent.type(screen.getByLabelText('Name'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Confirm your password to continue.');
  });

  it('binds a platform key to all organisations, or to the ones ticked', async () => {
    let n = 0;
    const { calls } = setup(() => (++n === 1 ? problem(400, { errors: { orgIds: ['Bind the key either to all organisations or to a list.'] } }) : json(issued(ciKey), 201)), { kind: 'platform' });

    expect(screen.getByRole('dialog', { name: 'New platform API key' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'All organisations' })).toBeChecked();
    await userEvent.click(screen.getByRole('switch', { name: 'All organisations' }));
    await userEvent.type(screen.getByLabelText('Name'), 'Billing sync');
    await userEvent.click(await screen.findByRole('checkbox', { name: /org\.read/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText('Bind the key either to all organisations or to a list.')).toHaveAttribute('id', 'apikey-orgIds-error');

    const group = screen.getByRole('group', { name: 'Organisations' });
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Globex' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    const posts = calls.filter((c) => c.method === 'POST');
    expect(new URL(posts[1].url).pathname).toBe('/api/v1/api-keys');
    expect(await posts[0].json()).toEqual({ name: 'Billing sync', scopes: ['org.read'], allOrgs: false, orgIds: [] });
    expect(await posts[1].json()).toEqual({ name: 'Billing sync', scopes: ['org.read'], allOrgs: false, orgIds: [otherOrgId] });
  });
});
