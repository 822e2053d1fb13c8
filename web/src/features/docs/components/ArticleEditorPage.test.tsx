import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { configureAuth } from '../../../api/client';
import { json, memberMe, mockFetch, pathOf, problem, withMe } from '../../../test/render';
import { article, folders, orgId } from '../testData';
import type { MergeResult } from '../types';
import { ArticleEditPage } from './ArticleEditorPage';
import { OrgDocsScope } from './DocsScopes';

afterEach(() => vi.unstubAllGlobals());

const base = { ...article, body: 'Port 1\nVLAN 10\nVLAN 20\n', linkedItems: [], assetIds: [], credentialIds: [], contactIds: [] };
const theirs = { ...base, body: 'Port 1\nVLAN 10\nVLAN 30\n', tags: ['network', 'switch'], revision: 3, etag: '"3"' };

/** The editor needs a data router (its unsaved-changes guard blocks navigation). */
function renderEditor(merge: MergeResult, permissions = ['docs.read', 'docs.write']) {
  configureAuth({ getAccessToken: () => Promise.resolve('t'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
  let saves = 0;
  const { calls } = mockFetch(
    withMe(memberMe(orgId, permissions), (r) => {
      const path = pathOf(r);
      if (path.endsWith('/merge')) return json(merge);
      if (r.method === 'PATCH') return ++saves === 1 ? problem(412, { title: 'Precondition failed.' }) : json({ ...theirs, revision: 4, etag: '"4"' });
      if (path.endsWith('/docs/folders')) return json({ items: folders, nextCursor: null });
      if (path.endsWith('/revisions')) return json({ items: [], nextCursor: null });
      if (path.endsWith('/diff')) return json({ from: {}, to: {}, title: [], body: [{ op: 'insert', text: 'VLAN 30' }], insertions: 2, deletions: 2 });
      if (path === `/api/v1/orgs/${orgId}`) return json({ id: orgId, docsReviewRequired: false, etag: '"1"' });
      if (path.endsWith('/docs/articles/a1')) return json(saves === 0 ? base : theirs);
      return json({ items: [], nextCursor: null, html: '' });
    }),
  );
  const router = createMemoryRouter(
    [
      { path: '/orgs/:orgId/docs/articles/:articleId/edit', element: <OrgDocsScope><ArticleEditPage /></OrgDocsScope> },
      { path: '*', element: <div data-testid="navigated" /> },
    ],
    { initialEntries: [`/orgs/${orgId}/docs/articles/a1/edit`] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return calls;
}

async function editAndHitConflict(text: string) {
  const body = await screen.findByLabelText(/^Text/);
  await userEvent.clear(body);
  await userEvent.type(body, text);
  await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  await screen.findByRole('heading', { name: 'Someone saved a newer revision' });
  return body;
}

describe('ArticleEditPage merge', () => {
  it('merges a clean edit into the editor and saves it with the etag the merge was made against', async () => {
    const calls = renderEditor({ revision: 3, etag: '"3"', clean: true, parts: [{ kind: 'merged', text: 'Port 48\nVLAN 10\nVLAN 30\n' }], title: base.title, titleConflict: false, theirTitle: base.title });
    const body = await editAndHitConflict('Port 48{Enter}VLAN 10{Enter}VLAN 20{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Merge (keep both changes)' }));
    expect(await screen.findByText(/Merged: your changes and revision 3 are combined below/)).toBeInTheDocument();
    expect(body).toHaveValue('Port 48\nVLAN 10\nVLAN 30\n');
    const merge = calls.find((c) => pathOf(c).endsWith('/merge'))!;
    expect(await merge.json()).toEqual({ baseRevision: 2, title: base.title, body: 'Port 48\nVLAN 10\nVLAN 20\n' });

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const save = calls.filter((c) => c.method === 'PATCH')[1];
    expect(save.headers.get('If-Match')).toBe('"3"');
    // Their tags stay: only the text is mine.
    expect(await save.json()).toEqual({ body: 'Port 48\nVLAN 10\nVLAN 30\n' });
  });

  it('shows each conflict side by side, marks it in the text, and keeps the save back until it is resolved', async () => {
    const calls = renderEditor({
      revision: 3, etag: '"3"', clean: false, title: 'Mine', titleConflict: true, theirTitle: 'Theirs',
      parts: [{ kind: 'merged', text: 'Port 1\nVLAN 10\n' }, { kind: 'conflict', text: '', base: 'VLAN 20\n', yours: 'VLAN 21\n', theirs: 'VLAN 30\n' }],
    });
    const body = await editAndHitConflict('Port 1{Enter}VLAN 10{Enter}VLAN 21{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Merge (keep both changes)' }));
    const panel = await screen.findByRole('region', { name: '1 place where you both changed the same lines' });
    expect(within(panel).getByLabelText('Your lines, conflict 1 of 1')).toHaveTextContent('VLAN 21');
    expect(within(panel).getByLabelText('Their lines, conflict 1 of 1')).toHaveTextContent('VLAN 30');
    expect(panel).toHaveTextContent('Title: yours is “Firewall overview”, revision 3 has “Theirs”');
    expect(body).toHaveValue('Port 1\nVLAN 10\n<<<<<<< yours\nVLAN 21\n=======\nVLAN 30\n>>>>>>> theirs (revision 3)\n');

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/still has conflict markers/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);

    await userEvent.click(within(panel).getByRole('button', { name: 'Keep both, conflict 1 of 1' }));
    expect(body).toHaveValue('Port 1\nVLAN 10\nVLAN 21\nVLAN 30\n');
    await userEvent.click(screen.getByRole('button', { name: 'Use their title' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Theirs');
    expect(screen.queryByRole('region', { name: /both changed/ })).not.toBeInTheDocument();
  });
});
