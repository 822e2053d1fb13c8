import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, memberMe, mockFetch, renderRoute, withMe } from '../../../test/render';
import type { Article } from '../types';
import { ArticlePage } from './ArticlePage';

afterEach(() => vi.unstubAllGlobals());

const orgId = '0190f0a0-0000-7000-8000-000000000001';
const article: Article = {
  id: 'a1',
  folderId: 'f2',
  title: 'Firewall overview',
  body: '# Firewall',
  html: '<h1>Firewall</h1><p>See <a href="/orgs/o/docs/articles/a2">VPN setup</a> and <a href="https://vendor.example" target="_blank" rel="noopener noreferrer nofollow">the vendor</a>.</p>',
  tags: ['network'],
  assetIds: ['s1'],
  credentialIds: ['c1'],
  contactIds: ['p1'],
  linkedItems: [
    { type: 'asset', id: 's1', name: 'fw-01' },
    { type: 'contact', id: 'p1', name: 'Ada Lovelace' },
    { type: 'credential', id: 'c1', name: 'Firewall admin' },
  ],
  linkedFrom: [{ type: 'article', id: 'a3', name: 'Onboarding' }],
  pendingRevisions: [],
  isTemplate: false,
  revision: 2,
  createdById: 'u1',
  updatedById: 'u1',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-02T10:00:00Z',
  etag: '"2"',
};
const folders = [
  { id: 'f1', parentId: null, name: 'Network', articleCount: 0, createdAt: article.createdAt, updatedAt: article.createdAt, etag: '"1"' },
  { id: 'f2', parentId: 'f1', name: 'Firewalls', articleCount: 1, createdAt: article.createdAt, updatedAt: article.createdAt, etag: '"1"' },
];
const revision = { number: 2, title: article.title, summary: 'Rules', restoredFrom: null, authorId: 'u1', authorName: 'Grace Hopper', createdAt: article.updatedAt };

function render(permissions: string[]) {
  const { calls } = mockFetch(
    withMe(memberMe(orgId, permissions), (r) => {
      const path = new URL(r.url).pathname;
      if (path.endsWith('/docs/folders')) return json({ items: folders, nextCursor: null });
      if (path.endsWith('/revisions')) return json({ items: [revision], nextCursor: null });
      return json(article);
    }),
  );
  renderRoute(<ArticlePage />, { path: '/orgs/:orgId/docs/articles/:articleId', route: `/orgs/${orgId}/docs/articles/a1` });
  return calls;
}

describe('ArticlePage', () => {
  it('shows the rendered text, the folder path, the revision line and the linked items', async () => {
    render(['docs.read', 'docs.write']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Firewall overview' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Article' })).getByRole('heading', { name: 'Firewall' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await within(crumbs).findByRole('link', { name: 'Firewalls' })).toHaveAttribute('href', `/orgs/${orgId}/docs?folder=f2`);
    expect(within(crumbs).getByRole('link', { name: 'Network' })).toBeInTheDocument();
    expect(await screen.findByText(/Revision 2 · updated/)).toHaveTextContent('by Grace Hopper');
    const panel = screen.getByRole('complementary', { name: 'Linked items' });
    expect(within(panel).getByRole('link', { name: 'fw-01' })).toHaveAttribute('href', `/orgs/${orgId}/assets/s1`);
    expect(within(panel).getByRole('link', { name: 'Firewall admin' })).toHaveAttribute('href', `/orgs/${orgId}/vault/c1`);
    expect(within(panel).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', `/orgs/${orgId}/contacts?q=Ada+Lovelace`);
    expect(within(panel).getByRole('link', { name: 'Onboarding' })).toHaveAttribute('href', `/orgs/${orgId}/docs/articles/a3`);
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete…' })).toBeInTheDocument();
  });

  it('offers no write controls to a reader', async () => {
    render(['docs.read']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Firewall overview' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'History' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
  });

  it('opens a link to another article inside the SPA, and leaves links to other sites to the browser', async () => {
    const calls = render(['docs.read']);
    expect(await screen.findByRole('link', { name: 'the vendor' })).toHaveAttribute('target', '_blank');
    await userEvent.click(screen.getByRole('link', { name: 'VPN setup' }));
    // The router (not a page load) opened the other article: the page reads it.
    await vi.waitFor(() => expect(calls.some((c) => new URL(c.url).pathname === '/api/v1/orgs/o/docs/articles/a2')).toBe(true));
  });
});
