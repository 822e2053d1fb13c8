import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { folderPage, orgId, router, vaultAdminMe } from '../testData';
import { CredentialEditPage } from './CredentialEditPage';
import { UNCHANGED } from './CredentialForm';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/vault/:credentialId/edit', route: `/orgs/${orgId}/vault/${router.id}/edit` };
const path = (r: Request) => new URL(r.url).pathname;

function api(onPatch: (r: Request) => Response) {
  return mockFetch(
    withMe(vaultAdminMe, (r) => {
      if (r.method === 'PATCH') return onPatch(r);
      return path(r).endsWith('/folders') ? json(folderPage(r)) : json(router);
    }),
  );
}

describe('CredentialEditPage', () => {
  it('keeps secrets unless typed or ticked for removal, and sends only the changes with If-Match', async () => {
    const { calls } = api(() => json({ ...router, etag: '"r2"' }));
    renderRoute(<CredentialEditPage />, route);

    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Core router');
    expect(screen.getByLabelText('Tags')).toHaveValue('network, prod');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveAttribute('placeholder', UNCHANGED);
    expect(screen.getByLabelText('TOTP seed')).toHaveAttribute('placeholder', UNCHANGED);
    expect(screen.getByLabelText('New value for API token')).toHaveAttribute('placeholder', UNCHANGED);

    await userEvent.clear(screen.getByLabelText('Username'));
    await userEvent.type(screen.getByLabelText('Password'), 'n3w-pass');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Remove stored TOTP seed' }));
    expect(screen.getByLabelText('TOTP seed')).toBeDisabled();
    await userEvent.type(screen.getByLabelText('New value for API token'), 'tok-456');
    await screen.findByRole('option', { name: 'Archive' });
    await userEvent.selectOptions(screen.getByLabelText('Folder'), '');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(path(patch)).toBe(`/api/v1/orgs/${orgId}/vault/credentials/${router.id}`);
    expect(patch.headers.get('If-Match')).toBe('"r1"');
    expect(await patch.json()).toEqual({
      clearFolder: true,
      username: '',
      password: 'n3w-pass',
      customSecrets: { 'API token': 'tok-456' },
      removeSecrets: ['otpSeed'],
    });
  });

  it('explains a 412 with a reload', async () => {
    const { calls } = api(() => problem(412, { title: 'Precondition failed.', detail: 'The resource changed since you read it.' }));
    renderRoute(<CredentialEditPage />, route);

    await userEvent.type(await screen.findByLabelText('Notes'), ' and port 3');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('changed by someone else since you opened it');
    expect(await calls.find((c) => c.method === 'PATCH')!.json()).toEqual({ notes: 'Console on port 2 and port 3' });

    const gets = calls.filter((c) => c.method === 'GET' && path(c).endsWith(router.id)).length;
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET' && path(c).endsWith(router.id)).length).toBe(gets + 1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when there is nothing to save', async () => {
    const { calls } = api(() => json(router));
    renderRoute(<CredentialEditPage />, route);
    await userEvent.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing to save.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });
});
