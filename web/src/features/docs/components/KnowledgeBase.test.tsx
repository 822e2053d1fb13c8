import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { configureAuth } from '../../../api/client';
import { knowledgeBaseKey } from '../../../entities/knowledgeBase/useKnowledgeBase';
import { globalAdminMe, json, memberMe, mockFetch, pathOf, problem, withMe } from '../../../test/render';
import { docsRoutes } from '../routes';
import { article, folders, orgId, revision } from '../testData';

afterEach(() => vi.unstubAllGlobals());

const kbId = '0190f0a0-0000-7000-8000-0000000000kb';
const kbArticle = {
  ...article,
  id: 'k1',
  title: 'Password policy',
  folderId: null,
  assetIds: [],
  credentialIds: [],
  contactIds: [],
  linkedItems: [],
  linkedFrom: [],
  // The server renders article:<id> under the knowledge base's organisation id.
  html: `<p>See <a href="/orgs/${kbId}/docs/articles/k2">MFA rollout</a>.</p>`,
};
const summary = { id: 'k1', folderId: null, title: 'Password policy', tags: ['policy'], isTemplate: false, revision: 2, updatedAt: article.updatedAt };
const knowledgeBase = (permissions: string[]) => ({ orgId: kbId, name: 'MSP knowledge base', permissions });
const diagramSummary = { id: 'd1', folderId: null, name: 'Standard office LAN', revision: 2, assetCount: 0, createdAt: article.createdAt, updatedAt: article.updatedAt, etag: '"2"' };
const diagram = { ...diagramSummary, xml: '<mxfile/>', assetIds: [], linkedAssets: [], createdById: 'u1', updatedById: 'u1' };
const diagramRevisions = [2, 1].map((number) => ({
  number,
  name: diagram.name,
  summary: number === 2 ? 'Firewall added' : null,
  restoredFrom: null,
  authorId: 'u1',
  authorName: 'Grace Hopper',
  createdAt: article.updatedAt,
}));

/** The docs routes as the app mounts them, /me answering `me` and the knowledge-base endpoint `kb` (null: 404). */
function renderDocs(route: string, kb: ReturnType<typeof knowledgeBase> | null, me: unknown = globalAdminMe, known = false) {
  configureAuth({ getAccessToken: () => Promise.resolve('t'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
  const { calls } = mockFetch(
    withMe(me, (r) => {
      const path = pathOf(r);
      if (path === '/api/v1/docs/knowledge-base') return kb ? json(kb) : problem(404, { title: 'Not Found' });
      if (path.endsWith('/docs/folders')) return json({ items: path.includes(kbId) ? [] : folders, nextCursor: null });
      if (path.endsWith('/docs/articles')) return json({ items: [summary], nextCursor: null });
      if (path.endsWith('/docs/diagrams/d1/revisions')) return json({ items: diagramRevisions, nextCursor: null });
      if (path.endsWith('/revisions')) return json({ items: [revision], nextCursor: null });
      if (path.endsWith('/docs/reviews')) return json({ items: [], nextCursor: null });
      if (path.endsWith('/docs/articles/k1')) return json(kbArticle);
      if (path.endsWith('/docs/diagrams') && r.method === 'POST') return json({ ...diagram, revision: 1 }, 201);
      if (path.endsWith('/docs/diagrams')) return json({ items: [diagramSummary], nextCursor: null });
      if (path.endsWith('/docs/diagrams/d1')) return json(diagram);
      if (path.endsWith('/unfiled-count') || path.includes('/count')) return json({ count: 0, more: false });
      return problem(404, { title: 'Not Found' });
    }),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  if (known && kb) queryClient.setQueryData(knowledgeBaseKey, kb);
  const router = createMemoryRouter([...docsRoutes, { path: '*', element: <div data-testid="navigated" /> }], { initialEntries: [route] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { calls, router };
}

describe('MSP knowledge base', () => {
  it('lists its articles under /kb without organisation crumbs, tabs or record, and only a reader’s controls', async () => {
    const { calls } = renderDocs('/kb', knowledgeBase(['docs.read']));
    expect(await screen.findByRole('heading', { level: 1, name: 'MSP knowledge base' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Password policy' })).toHaveAttribute('href', '/kb/articles/k1');
    // A global administrator everywhere else: here the knowledge base's own answer says what they may do.
    expect(screen.queryByRole('link', { name: /New article/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Organisation sections' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Breadcrumb' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'MSP knowledge base' })).not.toBeInTheDocument();
    const orgRoutes = calls.map(pathOf).filter((p) => p.startsWith('/api/v1/orgs/'));
    expect(orgRoutes.length).toBeGreaterThan(0);
    expect(orgRoutes.every((p) => p.startsWith(`/api/v1/orgs/${kbId}/docs/`))).toBe(true);
  });

  it('offers writing to whoever holds docs.write there, under /kb', async () => {
    renderDocs('/kb', knowledgeBase(['docs.read', 'docs.write']), memberMe(orgId, ['docs.read']));
    expect(await screen.findByRole('link', { name: /New article/ })).toHaveAttribute('href', '/kb/new');
  });

  it('shows an article with its links and history under /kb, and no Edit to a reader', async () => {
    renderDocs('/kb/articles/k1', knowledgeBase(['docs.read']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Password policy' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'MFA rollout' })).toHaveAttribute('href', '/kb/articles/k2');
    expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute('href', '/kb/articles/k1/history');
    expect(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: 'MSP knowledge base' })).toHaveAttribute('href', '/kb');
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
    // Nothing to link there: the knowledge base holds no assets, credentials or contacts.
    expect(screen.queryByRole('heading', { name: 'Linked items' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Linked from' })).toBeInTheDocument();
  });

  it('offers Edit to a writer, and the editor stays under /kb', async () => {
    renderDocs('/kb/articles/k1/edit', knowledgeBase(['docs.read', 'docs.write']), memberMe(orgId, ['docs.read']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit Password policy' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', '/kb/articles/k1');
    expect(screen.queryByLabelText('Assets')).not.toBeInTheDocument();
  });

  it('lists the articles as cards on a phone, each title one link', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width'), media: query, addEventListener: () => {}, removeEventListener: () => {} }));
    renderDocs('/kb', knowledgeBase(['docs.read']));
    const list = await screen.findByRole('list', { name: 'Articles' });
    const card = within(list).getByRole('listitem');
    expect(within(card).getByRole('link', { name: 'Password policy' })).toHaveAttribute('href', '/kb/articles/k1');
    expect(within(card).getByRole('button', { name: 'Filter by tag policy' })).toBeInTheDocument();
    expect(card).toHaveTextContent('revision 2');
    expect(screen.queryByRole('table', { name: 'Articles' })).not.toBeInTheDocument();
  });

  it('shows an article’s history as cards on a phone, each with its author, compare choices and actions', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width'), media: query, addEventListener: () => {}, removeEventListener: () => {} }));
    renderDocs('/kb/articles/k1/history', knowledgeBase(['docs.read', 'docs.write']), memberMe(orgId, ['docs.read']));
    const list = await screen.findByRole('list', { name: 'Revisions' });
    const card = within(list).getByRole('listitem');
    expect(card).toHaveTextContent('Revision 2');
    expect(card).toHaveTextContent('Grace Hopper');
    expect(within(card).getByRole('radio', { name: 'Compare from revision 2' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'View revision 2' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Revisions' })).not.toBeInTheDocument();
  });

  it('says so to someone who may not read it', async () => {
    renderDocs('/kb', null);
    expect(await screen.findByText(/You do in none/)).toBeInTheDocument();
  });

  it('sends its organisation id’s docs pages to /kb', async () => {
    const { router } = renderDocs(`/orgs/${kbId}/docs/articles/k1`, knowledgeBase(['docs.read']), globalAdminMe, true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Password policy' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/kb/articles/k1');
  });

  it('is linked from a client’s Docs page, whose pages stay the client’s', async () => {
    renderDocs(`/orgs/${orgId}/docs`, knowledgeBase(['docs.read']), memberMe(orgId, ['docs.read', 'docs.write']), true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Docs' })).toBeInTheDocument();
    const card = screen.getByRole('navigation', { name: 'MSP knowledge base' });
    expect(within(card).getByRole('link', { name: 'MSP knowledge base' })).toHaveAttribute('href', '/kb');
    expect(await screen.findByRole('link', { name: 'Password policy' })).toHaveAttribute('href', `/orgs/${orgId}/docs/articles/k1`);
    expect(screen.getByRole('link', { name: /New article/ })).toHaveAttribute('href', `/orgs/${orgId}/docs/new`);
    expect(screen.getByRole('navigation', { name: 'Organisation sections' })).toBeInTheDocument();
  });

  describe('diagrams', () => {
    it('lists them under /kb in the Diagrams view, with no asset column and “All diagrams” at the folders’ root', async () => {
      const { calls } = renderDocs('/kb?view=diagrams', knowledgeBase(['docs.read', 'docs.write']), memberMe(orgId, ['docs.read']));
      expect(await screen.findByRole('link', { name: 'Standard office LAN' })).toHaveAttribute('href', '/kb/diagrams/d1');
      expect(screen.getByRole('link', { name: 'Diagrams', current: 'page' })).toHaveAttribute('href', '/kb?view=diagrams');
      expect(screen.getByRole('link', { name: 'Articles' })).toHaveAttribute('href', '/kb');
      expect(screen.getByRole('link', { name: /New diagram/ })).toHaveAttribute('href', '/kb/diagrams/new');
      expect(screen.queryByRole('columnheader', { name: 'Linked assets' })).not.toBeInTheDocument();
      const folders = screen.getByRole('navigation', { name: 'Knowledge base folders' });
      expect(within(folders).getByRole('button', { name: 'All diagrams' })).toBeInTheDocument();
      expect(within(folders).queryByText(/articles/i)).not.toBeInTheDocument();
      const orgRoutes = calls.map(pathOf).filter((p) => p.startsWith('/api/v1/orgs/'));
      expect(orgRoutes).toContain(`/api/v1/orgs/${kbId}/docs/diagrams`);
      expect(orgRoutes.every((p) => p.startsWith(`/api/v1/orgs/${kbId}/docs/`))).toBe(true);
    });

    it('shows a diagram under /kb to a reader: no Edit, no linked assets, crumbs to the knowledge base', async () => {
      const { calls } = renderDocs('/kb/diagrams/d1', knowledgeBase(['docs.read']));
      expect(await screen.findByRole('heading', { level: 1, name: 'Standard office LAN' })).toBeInTheDocument();
      const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' }));
      expect(crumbs.getByRole('link', { name: 'MSP knowledge base' })).toHaveAttribute('href', '/kb');
      expect(crumbs.getByRole('link', { name: 'Diagrams' })).toHaveAttribute('href', '/kb?view=diagrams');
      expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute('href', '/kb/diagrams/d1/history');
      expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Linked assets' })).not.toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Embed in an article' })).toBeInTheDocument();
      expect(screen.queryByRole('navigation', { name: 'Organisation sections' })).not.toBeInTheDocument();
      expect(calls.map(pathOf).filter((p) => p.startsWith('/api/v1/orgs/')).every((p) => p.startsWith(`/api/v1/orgs/${kbId}/`))).toBe(true);
    });

    it('creates one in the MSP knowledge base and opens its editor under /kb', async () => {
      const { calls, router } = renderDocs('/kb/diagrams/new', knowledgeBase(['docs.read', 'docs.write']), memberMe(orgId, ['docs.read']));
      expect(await screen.findByRole('heading', { level: 1, name: 'New diagram' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', '/kb?view=diagrams');
      fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Standard office LAN' } });
      fireEvent.click(screen.getByRole('button', { name: 'Create and draw' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/kb/diagrams/d1/edit'));
      const post = calls.find((c) => c.method === 'POST');
      expect(post && pathOf(post)).toBe(`/api/v1/orgs/${kbId}/docs/diagrams`);
      expect(await screen.findByRole('link', { name: 'Close editor' })).toHaveAttribute('href', '/kb/diagrams/d1');
    });

    it('shows a diagram’s history under /kb, with Restore… for a writer', async () => {
      renderDocs('/kb/diagrams/d1/history', knowledgeBase(['docs.read', 'docs.write']), memberMe(orgId, ['docs.read']));
      expect(await screen.findByRole('heading', { level: 1, name: 'History of Standard office LAN' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Back to the diagram' })).toHaveAttribute('href', '/kb/diagrams/d1');
      const table = await screen.findByRole('table', { name: 'Revisions' });
      expect(within(table).getByRole('button', { name: 'Restore revision 1' })).toBeInTheDocument();
      expect(within(table).queryByRole('button', { name: 'Restore revision 2' })).not.toBeInTheDocument();
    });

    it('shows a diagram’s history as cards on a phone', async () => {
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width'), media: query, addEventListener: () => {}, removeEventListener: () => {} }));
      renderDocs('/kb/diagrams/d1/history', knowledgeBase(['docs.read', 'docs.write']), memberMe(orgId, ['docs.read']));
      const cards = within(await screen.findByRole('list', { name: 'Revisions' })).getAllByRole('listitem');
      expect(cards).toHaveLength(2);
      expect(cards[0]).toHaveTextContent('Firewall added');
      expect(cards[0]).toHaveTextContent('Grace Hopper');
      expect(within(cards[1]).getByRole('button', { name: 'Restore revision 1' })).toBeInTheDocument();
      expect(screen.queryByRole('table', { name: 'Revisions' })).not.toBeInTheDocument();
    });

    it('keeps a client’s diagram under its organisation, with its linked assets', async () => {
      renderDocs(`/orgs/${orgId}/docs/diagrams/d1`, knowledgeBase(['docs.read']), memberMe(orgId, ['docs.read', 'docs.write', 'assets.read']), true);
      expect(await screen.findByRole('heading', { level: 1, name: 'Standard office LAN' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Linked assets' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /Edit/ })).toHaveAttribute('href', `/orgs/${orgId}/docs/diagrams/d1/edit`);
      expect(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', { name: 'Diagrams' })).toHaveAttribute('href', `/orgs/${orgId}/docs?view=diagrams`);
    });
  });
});
