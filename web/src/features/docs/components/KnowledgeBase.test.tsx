import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
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

/** The docs routes as the app mounts them, /me answering `me` and the knowledge-base endpoint `kb` (null: 404). */
function renderDocs(route: string, kb: ReturnType<typeof knowledgeBase> | null, me: unknown = globalAdminMe, known = false) {
  configureAuth({ getAccessToken: () => Promise.resolve('t'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
  const { calls } = mockFetch(
    withMe(me, (r) => {
      const path = pathOf(r);
      if (path === '/api/v1/docs/knowledge-base') return kb ? json(kb) : problem(404, { title: 'Not Found' });
      if (path.endsWith('/docs/folders')) return json({ items: path.includes(kbId) ? [] : folders, nextCursor: null });
      if (path.endsWith('/docs/articles')) return json({ items: [summary], nextCursor: null });
      if (path.endsWith('/revisions')) return json({ items: [revision], nextCursor: null });
      if (path.endsWith('/docs/reviews')) return json({ items: [], nextCursor: null });
      if (path.endsWith('/docs/articles/k1')) return json(kbArticle);
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
});
