import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { folderPage, orgId, router, vaultAdminMe } from '../testData';
import { CredentialCreatePage } from './CredentialCreatePage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/vault/new', route: `/orgs/${orgId}/vault/new?folder=f-network` };
const path = (r: Request) => new URL(r.url).pathname;

function api(onCreate: (r: Request) => Response | Promise<Response>) {
  return mockFetch(
    withMe(vaultAdminMe, (r) => {
      if (path(r) === '/api/v1/vault/password-generator') return json({ password: 'gen-Erated-Pw-42', entropyBits: 131.1 });
      if (r.method === 'POST') return onCreate(r);
      return json(folderPage(r));
    }),
  );
}

describe('CredentialCreatePage', () => {
  it('sends the metadata, tags, secrets and custom secrets, then opens the credential', async () => {
    const { calls } = api(() => json(router, 201));
    renderRoute(<CredentialCreatePage />, route);

    await userEvent.type(screen.getByLabelText('Name'), ' Core router ');
    expect(await screen.findByRole('option', { name: /Switches/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Folder')).toHaveValue('f-network');
    await userEvent.type(screen.getByLabelText('Username'), 'admin');
    await userEvent.type(screen.getByLabelText('URL'), 'https://10.0.0.1');
    await userEvent.type(screen.getByLabelText('Tags'), 'network, prod ,network,');
    await userEvent.type(screen.getByLabelText('Password'), 'typed-pw');
    await userEvent.type(screen.getByLabelText('TOTP seed'), ' JBSWY3DPEHPK3PXP ');
    await userEvent.click(screen.getByRole('button', { name: 'Add custom secret' }));
    await userEvent.type(screen.getByLabelText('Custom secret 1 name'), 'API token');
    await userEvent.type(screen.getByLabelText('Custom secret 1 value'), 'tok-123');
    await userEvent.click(screen.getByRole('button', { name: 'Add custom secret' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove custom secret 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create credential' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST' && path(c).endsWith('/credentials'))!;
    expect(path(post)).toBe(`/api/v1/orgs/${orgId}/vault/credentials`);
    expect(await post.json()).toEqual({
      name: 'Core router',
      folderId: 'f-network',
      username: 'admin',
      url: 'https://10.0.0.1',
      tags: ['network', 'prod'],
      password: 'typed-pw',
      otpSeed: 'JBSWY3DPEHPK3PXP',
      customSecrets: { 'API token': 'tok-123' },
    });
  });

  it('shows the field errors of a 400 problem under their fields', async () => {
    api(() =>
      problem(400, {
        title: 'One or more validation errors occurred.',
        errors: {
          name: ['Give the credential a name.'],
          url: ['Enter an absolute URL such as https://portal.example.com or ssh://10.0.0.1.'],
          otpSeed: ['Enter the TOTP seed in base32 (at least 16 characters) or paste the otpauth:// URI.'],
          customSecrets: ['Up to 20 custom secrets; names of 1 to 100 letters, digits, spaces, \'_\', \'.\' or \'-\'; values up to 4,096 characters.'],
        },
      }),
    );
    renderRoute(<CredentialCreatePage />, route);

    await userEvent.type(screen.getByLabelText('URL'), 'portal');
    await userEvent.type(screen.getByLabelText('TOTP seed'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Add custom secret' }));
    await userEvent.type(screen.getByLabelText('Custom secret 1 value'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Create credential' }));

    expect(await screen.findByText('Give the credential a name.')).toHaveAttribute('id', 'credential-name-error');
    expect(screen.getByLabelText('Name')).toHaveClass('is-invalid');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Give the credential a name.');
    expect(screen.getByLabelText('URL')).toHaveAccessibleDescription(/Enter an absolute URL/);
    expect(screen.getByLabelText('TOTP seed')).toHaveClass('is-invalid');
    expect(screen.getByText(/Enter the TOTP seed in base32/)).toBeInTheDocument();
    expect(screen.getByText(/Up to 20 custom secrets/)).toHaveAttribute('id', 'credential-custom-error');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('fills the password from the generator, in passphrase mode too', async () => {
    const { calls } = api(() => json(router, 201));
    renderRoute(<CredentialCreatePage />, route);

    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    const panel = screen.getByRole('group', { name: 'Password generator' });
    fireEvent.change(within(panel).getByLabelText(/Length/), { target: { value: '32' } });
    await userEvent.click(within(panel).getByLabelText('Symbols (!#$%…)'));
    await userEvent.click(within(panel).getByLabelText(/Avoid look-alikes/));
    await userEvent.click(within(panel).getByRole('button', { name: 'Generate password' }));

    expect(await within(panel).findByText(/strength about 131 bits/)).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveValue('gen-Erated-Pw-42');
    // Shown in clear so the person sees what was generated.
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'text');
    const generated = calls.filter((c) => path(c) === '/api/v1/vault/password-generator');
    expect(await generated[0].json()).toEqual({
      passphrase: false,
      length: 32,
      lowercase: true,
      uppercase: true,
      digits: true,
      symbols: false,
      avoidAmbiguous: true,
    });

    await userEvent.click(within(panel).getByLabelText('Passphrase (random words)'));
    fireEvent.change(within(panel).getByLabelText(/Words/), { target: { value: '8' } });
    await userEvent.clear(within(panel).getByLabelText('Separator'));
    await userEvent.type(within(panel).getByLabelText('Separator'), '.');
    await userEvent.click(within(panel).getByRole('button', { name: 'Generate password' }));
    await vi.waitFor(() => expect(calls.filter((c) => path(c) === '/api/v1/vault/password-generator')).toHaveLength(2));
    expect(await calls.filter((c) => path(c) === '/api/v1/vault/password-generator')[1].json()).toEqual({
      passphrase: true,
      words: 8,
      separator: '.',
    });
  });

  it('will not ask the generator for a password without any character set', async () => {
    api(() => json(router, 201));
    renderRoute(<CredentialCreatePage />, route);

    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    const panel = screen.getByRole('group', { name: 'Password generator' });
    for (const set of ['Lowercase (a–z)', 'Uppercase (A–Z)', 'Digits (0–9)', 'Symbols (!#$%…)']) await userEvent.click(within(panel).getByLabelText(set));
    expect(within(panel).getByRole('button', { name: 'Generate password' })).toBeDisabled();
    expect(within(panel).getByText('Choose at least one character set.')).toBeInTheDocument();
  });
});
