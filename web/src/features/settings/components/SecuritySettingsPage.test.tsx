import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { securitySettings } from '../testData';
import type { SecuritySettings } from '../types';
import { SecuritySettingsPage } from './SecuritySettingsPage';

afterEach(() => vi.unstubAllGlobals());

const off = securitySettings();

describe('SecuritySettingsPage', () => {
  it('turns "Require MFA for everyone" on with PATCH { requireMfa: true }', async () => {
    let current = off;
    const { calls } = mockFetch(async (request) => {
      if (request.method === 'PATCH') {
        current = { ...current, ...((await request.clone().json()) as Partial<SecuritySettings>), updatedAt: '2026-11-24T09:00:00Z' };
      }
      return json(current);
    });
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    expect(screen.getByRole('heading', { name: 'Security settings' })).toBeInTheDocument();
    const toggle = await screen.findByRole('switch', { name: 'Require MFA for everyone' });
    expect(toggle).not.toBeChecked();
    expect(new URL(calls[0].url).pathname).toBe('/api/v1/settings/security');

    await userEvent.click(toggle);
    expect(await screen.findByText(/MFA is now required for everyone/)).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(new URL(patch.url).pathname).toBe('/api/v1/settings/security');
    expect(await patch.json()).toEqual({ requireMfa: true });
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Require MFA for everyone' })).toBeChecked());
  });

  it('shows a failed change and keeps the saved value', async () => {
    mockFetch((request) =>
      request.method === 'PATCH'
        ? problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Forbidden', detail: 'Confirm your password to continue.' })
        : json({ ...off, requireMfa: true }),
    );
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    const toggle = await screen.findByRole('switch', { name: 'Require MFA for everyone' });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    expect(await screen.findByRole('alert')).toHaveTextContent('Confirm your password to continue.');
    expect(screen.getByRole('switch', { name: 'Require MFA for everyone' })).toBeChecked();
  });

  it('shows a 403 for someone who is not a global administrator', async () => {
    mockFetch(() => problem(403, { title: 'Forbidden', detail: 'Only global administrators can change settings.' }));
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Only global administrators can change settings.');
  });
});

describe('SecuritySettingsPage: admin IP allowlist', () => {
  /** Answers GET with `current` and applies PATCH bodies to it; `refuse` may answer a PATCH instead. */
  function server(initial: SecuritySettings, refuse?: (body: Partial<SecuritySettings>) => Response | null) {
    let current = initial;
    const patches: unknown[] = [];
    const { calls } = mockFetch(async (request) => {
      if (request.method === 'PATCH') {
        const body = (await request.clone().json()) as Partial<SecuritySettings>;
        patches.push(body);
        const refused = refuse?.(body);
        if (refused) return refused;
        current = { ...current, ...body, updatedAt: '2026-11-24T09:00:00Z' };
      }
      return json(current);
    });
    return { calls, patches };
  }

  const field = () => screen.getByLabelText('Allowed networks');
  const card = () => screen.getByRole('region', { name: 'Admin IP allowlist' });

  it('adds your current address and saves the list with PATCH { adminAllowedIps }', async () => {
    const { patches } = server(securitySettings());
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    expect(await screen.findByText('No restriction: administration is allowed from any address.')).toBeInTheDocument();
    expect(within(card()).getByTestId('your-address')).toHaveTextContent('Your current address: 203.0.113.7');
    expect(within(card()).getByText(/settings clear-admin-allowlist/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save allowlist' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Add my address' }));
    expect(field()).toHaveValue('203.0.113.7/32');
    expect(screen.queryByRole('button', { name: 'Add my address' })).not.toBeInTheDocument();
    expect(within(card()).getByTestId('your-address')).toHaveTextContent('(allowed by this list)');

    await userEvent.click(screen.getByRole('button', { name: 'Save allowlist' }));
    expect(await screen.findByText('Saved. Administration is now only allowed from this network.')).toBeInTheDocument();
    expect(patches).toEqual([{ adminAllowedIps: ['203.0.113.7/32'] }]);
    const saved = screen.getByRole('list', { name: 'Allowed admin networks' });
    expect(within(saved).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['203.0.113.7/32']);
    expect(field()).toHaveValue('203.0.113.7/32');
    expect(screen.getByRole('button', { name: 'Save allowlist' })).toBeDisabled();
  });

  it('removes the restriction with an empty list', async () => {
    const { patches } = server(securitySettings({ adminAllowedIps: ['203.0.113.0/24', '10.0.0.0/8'] }));
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    expect(await screen.findByRole('list', { name: 'Allowed admin networks' })).toHaveTextContent('203.0.113.0/24');
    expect(field()).toHaveValue('203.0.113.0/24\n10.0.0.0/8');
    await userEvent.clear(field());
    await userEvent.click(screen.getByRole('button', { name: 'Save allowlist' }));

    expect(await screen.findByText('Saved. Administration is allowed from any address again.')).toBeInTheDocument();
    expect(patches).toEqual([{ adminAllowedIps: [] }]);
    expect(screen.getByText('No restriction: administration is allowed from any address.')).toBeInTheDocument();
  });

  it('refuses malformed entries and a list without your address before asking the server', async () => {
    const { patches } = server(securitySettings());
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    await userEvent.type(await screen.findByLabelText('Allowed networks'), '  10.0.0.1/8 {Enter}{Enter}not-an-ip');
    await userEvent.click(screen.getByRole('button', { name: 'Save allowlist' }));

    // Blank lines and spaces are dropped, so line numbers match the list.
    expect(field()).toHaveValue('10.0.0.1/8\nnot-an-ip');
    expect(field()).toHaveClass('is-invalid');
    const error = document.getElementById('settings-admin-allowlist-error')!;
    expect(field()).toHaveAttribute('aria-describedby', expect.stringContaining('settings-admin-allowlist-error'));
    expect(error).toHaveTextContent("Line 1: '10.0.0.1/8' has host bits set: the network is 10.0.0.0/8.");
    expect(error).toHaveTextContent("Line 2: 'not-an-ip' is not an IP address or CIDR network.");

    // The check follows the text once a save was tried.
    await userEvent.clear(field());
    await userEvent.type(field(), '10.0.0.0/8');
    expect(error).toHaveTextContent('Your current address 203.0.113.7 is not in the list: saving it would lock you out of administration.');
    expect(within(card()).getByTestId('your-address')).toHaveTextContent('(not in this list)');
    await userEvent.click(screen.getByRole('button', { name: 'Save allowlist' }));
    expect(patches).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Add my address' }));
    expect(field()).toHaveValue('10.0.0.0/8\n203.0.113.7/32');
    expect(field()).not.toHaveClass('is-invalid');
  });

  it('shows the server’s field errors next to the field', async () => {
    server(securitySettings({ yourAddress: null }), () =>
      problem(400, {
        type: 'https://clientstor.dev/problems/validation',
        title: 'One or more fields are invalid.',
        errors: {
          adminAllowedIps: ['Your current address 198.51.100.4 is not in the list: saving it would lock you out of administration.'],
          'adminAllowedIps[1]': ["'2001:db8::1/32' is not an IP address or CIDR network."],
        },
      }),
    );
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    expect(within(await screen.findByRole('region', { name: 'Admin IP allowlist' })).getByTestId('your-address')).toHaveTextContent(
      'Your current address: unknown',
    );
    await userEvent.type(field(), '192.0.2.0/24{Enter}2001:db8::/32');
    await userEvent.click(screen.getByRole('button', { name: 'Save allowlist' }));

    const error = document.getElementById('settings-admin-allowlist-error')!;
    await waitFor(() => expect(error).toHaveTextContent('would lock you out of administration.'));
    expect(error).toHaveTextContent("Line 2: '2001:db8::1/32' is not an IP address or CIDR network.");
    expect(field()).toHaveClass('is-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Editing clears the server's verdict.
    await userEvent.type(field(), '{Enter}');
    expect(field()).not.toHaveClass('is-invalid');
  });

  it('shows a cancelled re-authentication in the card’s alert', async () => {
    server(securitySettings(), () =>
      problem(403, { type: 'https://clientstor.dev/problems/reauth-required', title: 'Forbidden', detail: 'Confirm your password to continue.' }),
    );
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });
    await userEvent.click(await screen.findByRole('button', { name: 'Add my address' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save allowlist' }));
    expect(await within(card()).findByRole('alert')).toHaveTextContent('Confirm your password to continue.');
    expect(screen.getByText('No restriction: administration is allowed from any address.')).toBeInTheDocument();
  });

  it('explains a 403 admin-ip-not-allowed and how an operator lifts it', async () => {
    mockFetch(() =>
      problem(403, {
        type: 'https://clientstor.dev/problems/admin-ip-not-allowed',
        title: 'Address not allowed for administration.',
        detail: "Administration (users, roles, API keys, settings) is only allowed from the platform's admin networks; 198.51.100.4 is not one of them.",
      }),
    );
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('198.51.100.4 is not one of them.');
    expect(alert).toHaveTextContent('settings clear-admin-allowlist');
  });
});

describe('SecuritySettingsPage: server configuration', () => {
  it('shows rate limits in plain words, country blocks and CORS origins', async () => {
    mockFetch(() =>
      json(
        securitySettings({
          geoIp: { enabled: true, databaseType: 'GeoLite2-Country', blockedCountries: ['KP', 'RU'] },
          corsOrigins: ['https://tools.example.com'],
        }),
      ),
    );
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    const limits = await screen.findByRole('table', { name: 'Rate limits' });
    const rows = within(limits).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toHaveTextContent('Sign-ins per address');
    expect(rows[0]).toHaveTextContent('20 per 60 s');
    expect(rows[0]).toHaveTextContent('On');
    expect(rows[3]).toHaveTextContent('API requests per user');
    expect(rows[3]).toHaveTextContent(/1,?200 per 60 s/);

    const geo = screen.getByRole('region', { name: 'Country blocks (GeoIP)' });
    expect(within(geo).getByTestId('geoip-status')).toHaveTextContent('Enabled');
    expect(geo).toHaveTextContent('GeoLite2-Country');
    expect(within(within(geo).getByRole('list', { name: 'Blocked countries' })).getAllByRole('listitem')).toHaveLength(2);

    const cors = screen.getByRole('region', { name: 'Cross-origin access (CORS)' });
    expect(within(cors).getByRole('listitem')).toHaveTextContent('https://tools.example.com');
  });

  it('says when nothing is configured', async () => {
    mockFetch(() => json(securitySettings({ rateLimits: securitySettings().rateLimits.map((r) => ({ ...r, enabled: false })) })));
    renderRoute(<SecuritySettingsPage />, { path: '/settings/security' });

    expect(await screen.findByText('Rate limiting is turned off on this server.')).toBeInTheDocument();
    const geo = screen.getByRole('region', { name: 'Country blocks (GeoIP)' });
    expect(within(geo).getByTestId('geoip-status')).toHaveTextContent('Disabled');
    expect(geo).toHaveTextContent('None loaded');
    expect(screen.getByRole('region', { name: 'Cross-origin access (CORS)' })).toHaveTextContent('None: only the SPA’s own origin.');
  });
});
