import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { memberManagerMe, nightWorker, orgId, owner, roles, viewerMe } from '../testData';
import { MembersPage } from './MembersPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/members', route: `/orgs/${orgId}/members` };
const path = (r: Request) => new URL(r.url).pathname;
const listCalls = (calls: Request[]) =>
  calls.filter((c) => c.method === 'GET' && path(c).endsWith('/members')).map((c) => Object.fromEntries(new URL(c.url).searchParams));

function api(me: unknown, onWrite: (r: Request) => Response = () => json({})) {
  return mockFetch(
    withMe(me, (r) => {
      if (r.method !== 'GET') return onWrite(r);
      if (path(r).endsWith('/roles')) return json({ items: roles, nextCursor: null });
      const cursor = new URL(r.url).searchParams.get('cursor');
      return json(cursor ? { items: [nightWorker], nextCursor: null } : { items: [owner], nextCursor: 'c2' });
    }),
  );
}

describe('MembersPage', () => {
  it('lists members with their roles and pages with the cursor stack', async () => {
    const { calls } = api(memberManagerMe);
    renderRoute(<MembersPage />, route);

    const table = await screen.findByRole('table', { name: 'Members' });
    const row = within(table).getByRole('row', { name: /Olivia Owner/ });
    expect(within(row).getByText('Owner')).toBeInTheDocument();
    expect(within(row).getByText('owner@example.test')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const row2 = await within(table).findByRole('row', { name: /Nick Night/ });
    expect(within(row2).getByText('Viewer')).toBeInTheDocument();
    expect(within(row2).getByText('Night shift')).toBeInTheDocument();
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(listCalls(calls)).toEqual([{ limit: '50' }, { limit: '50', cursor: 'c2' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await within(table).findByRole('row', { name: /Olivia Owner/ })).toBeInTheDocument();
  });

  it('searches with q after typing pauses', async () => {
    const { calls } = api(memberManagerMe);
    renderRoute(<MembersPage />, route);
    await screen.findByRole('table', { name: 'Members' });

    await userEvent.type(screen.getByLabelText('Search members'), 'nick');
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '50', q: 'nick' }));
  });

  it('shows the empty state and a retryable error', async () => {
    let fail = true;
    mockFetch(withMe(memberManagerMe, () => (fail ? problem(500, { title: 'Boom' }) : json({ items: [], nextCursor: null }))));
    renderRoute(<MembersPage />, route);

    expect(await screen.findByText(/Could not load members: Boom/)).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('This organisation has no members yet.')).toBeInTheDocument();
  });

  it('hides add, change and remove without members.manage', async () => {
    api(viewerMe);
    renderRoute(<MembersPage />, route);

    await screen.findByRole('row', { name: /Olivia Owner/ });
    expect(screen.queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change roles/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });

  it('replaces roles from the modal, and shows the last-Owner 409 on removal', async () => {
    const { calls } = api(memberManagerMe, (r) =>
      r.method === 'PATCH'
        ? json({ ...owner, roles: [{ id: 'role-viewer', name: 'Viewer' }] })
        : problem(409, { title: 'Conflict', detail: 'The organisation must keep at least one Owner (last Owner).' }),
    );
    renderRoute(<MembersPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Change roles of owner@example.test' }));
    const dialog = await screen.findByRole('dialog', { name: /Change roles of Olivia Owner/ });
    expect(await within(dialog).findByRole('checkbox', { name: 'Owner' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Owner' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Viewer' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));
    expect(await screen.findByText('Roles of owner@example.test changed.')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(path(patch)).toBe(`/api/v1/orgs/${orgId}/members/u-owner`);
    expect(await patch.json()).toEqual({ roleIds: ['role-viewer'] });

    await userEvent.click(screen.getByRole('button', { name: 'Remove owner@example.test' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove member' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('last Owner');
    expect(calls.find((c) => c.method === 'DELETE')).toBeDefined();
  });
});
