import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { globalAdminMe, json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { OrgEditPage } from './OrgEditPage';

afterEach(() => vi.unstubAllGlobals());

const id = '0190f0a0-0000-7000-8000-000000000001';
const v1 = {
  id,
  name: 'Acme',
  slug: 'acme',
  status: 'active',
  notes: 'Main client',
  docsReviewRequired: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  etag: '"1"',
};

const route = { path: '/orgs/:orgId', route: `/orgs/${id}` };

describe('OrgEditPage', () => {
  it('saves only the changed fields with If-Match, and clears notes with an empty string', async () => {
    const { calls } = mockFetch(withMe(globalAdminMe, (r) => (r.method === 'PATCH' ? json({ ...v1, name: 'Acme Ltd', notes: null, etag: '"2"' }) : json(v1))));
    renderRoute(<OrgEditPage />, route);

    const name = await screen.findByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Acme Ltd');
    await userEvent.clear(screen.getByLabelText('Notes'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(new URL(patch.url).pathname).toBe(`/api/v1/orgs/${id}`);
    expect(patch.headers.get('If-Match')).toBe('"1"');
    expect(await patch.json()).toEqual({ name: 'Acme Ltd', notes: '' });
    expect(screen.getByRole('heading', { name: 'Acme Ltd' })).toBeInTheDocument();
  });

  it('explains a 412 and reloads the latest version', async () => {
    let current = v1;
    mockFetch(withMe(globalAdminMe, (r) =>
      r.method === 'PATCH' ? problem(412, { title: 'Precondition failed.', detail: 'The organisation changed since you read it.' }) : json(current),
    ));
    renderRoute(<OrgEditPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('changed by someone else');

    current = { ...v1, name: 'Acme Renamed', etag: '"3"' };
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByRole('heading', { name: 'Acme Renamed' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Acme Renamed');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('turns on review of knowledge-base changes with the switch, saved at once with If-Match', async () => {
    const { calls } = mockFetch(withMe(globalAdminMe, (r) => (r.method === 'PATCH' ? json({ ...v1, docsReviewRequired: true, etag: '"2"' }) : json(v1))));
    renderRoute(<OrgEditPage />, route);

    const toggle = await screen.findByRole('switch', { name: 'Require review before changes to published articles are visible' });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(await screen.findByText('Saved: changes to published articles now wait for approval.')).toBeInTheDocument();
    expect(toggle).toBeChecked();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"1"');
    expect(await patch.json()).toEqual({ docsReviewRequired: true });
  });

  it('explains a 412 on the review switch and reloads', async () => {
    mockFetch(withMe(globalAdminMe, (r) => (r.method === 'PATCH' ? problem(412, { title: 'Precondition failed.' }) : json(v1))));
    renderRoute(<OrgEditPage />, route);
    await userEvent.click(await screen.findByRole('switch', { name: /Require review/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the setting was not saved');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers delete only for archived organisations, after confirmation', async () => {
    const { calls } = mockFetch(withMe(globalAdminMe, (r) => (r.method === 'DELETE' ? new Response(null, { status: 204 }) : json({ ...v1, status: 'archived' }))));
    renderRoute(<OrgEditPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Acme');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete permanently' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(del.headers.get('If-Match')).toBe('"1"');
  });

  it('has no delete button for an active organisation', async () => {
    mockFetch(withMe(globalAdminMe, () => json(v1)));
    renderRoute(<OrgEditPage />, route);
    expect(await screen.findByRole('button', { name: 'Archive' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
  });

  it('says when the organisation does not exist', async () => {
    mockFetch(withMe(globalAdminMe, () => problem(404, { title: 'Not found.', detail: 'The organisation does not exist or you cannot access it.' })));
    renderRoute(<OrgEditPage />, route);
    expect(await screen.findByText('This organisation does not exist or you cannot access it.')).toBeInTheDocument();
  });
});

describe('OrgEditPage permissions', () => {
  const viewer = {
    ...globalAdminMe,
    isGlobalAdmin: false,
    memberships: [{ orgId: id, orgName: 'Acme', roles: ['Viewer'], permissions: ['org.read'] }],
  };

  it('shows the settings read-only without settings.manage, with the tabs the user may open', async () => {
    mockFetch(withMe(viewer, () => json({ ...v1, status: 'archived' })));
    renderRoute(<OrgEditPage />, route);

    expect(await screen.findByText(/needs the “settings.manage” permission/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toBeDisabled();
    expect(screen.getByRole('switch', { name: /Require review/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Organisation sections' });
    await userEvent.click(within(tabs).getByRole('button', { name: /^Manage/ }));
    expect(within(tabs).getByRole('link', { name: 'Members' })).toHaveAttribute('href', `/orgs/${id}/members`);
    expect(within(tabs).getByRole('link', { name: 'Roles' })).toHaveAttribute('href', `/orgs/${id}/roles`);
    expect(within(tabs).queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('hides Delete without org.delete even when settings can be changed', async () => {
    const manager = { ...viewer, memberships: [{ ...viewer.memberships[0], permissions: ['org.read', 'settings.manage', 'audit.read'] }] };
    mockFetch(withMe(manager, () => json({ ...v1, status: 'archived' })));
    renderRoute(<OrgEditPage />, route);

    expect(await screen.findByRole('link', { name: 'Audit log' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unarchive' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
  });
});
