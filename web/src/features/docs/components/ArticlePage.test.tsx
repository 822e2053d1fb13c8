import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, memberMe, mockFetch, renderRoute, withMe } from '../../../test/render';
import { article, draft, folders, orgId, revision } from '../testData';
import type { Article } from '../types';
import { ArticlePage } from './ArticlePage';
import { OrgDocsScope } from './DocsScopes';

afterEach(() => vi.unstubAllGlobals());

function render(permissions: string[], shown: Article = article) {
  const { calls } = mockFetch(
    withMe(memberMe(orgId, permissions), (r) => {
      const path = new URL(r.url).pathname;
      if (path.endsWith('/docs/folders')) return json({ items: folders, nextCursor: null });
      if (path.endsWith('/revisions')) return json({ items: [revision], nextCursor: null });
      if (r.method === 'PATCH') return json({ ...shown, folderId: null, etag: '"3"' });
      return json(shown);
    }),
  );
  renderRoute(<OrgDocsScope><ArticlePage /></OrgDocsScope>, { path: '/orgs/:orgId/docs/articles/:articleId', route: `/orgs/${orgId}/docs/articles/a1` });
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

describe('ArticlePage review and move', () => {
  it('says a change awaits review, and tells its author that the change is theirs', async () => {
    const mine = { ...memberMe(orgId, ['docs.read', 'docs.write']) };
    mockFetch(
      withMe(mine, (r) => {
        const path = new URL(r.url).pathname;
        if (path.endsWith('/docs/folders')) return json({ items: folders, nextCursor: null });
        if (path.endsWith('/revisions')) return json({ items: [revision], nextCursor: null });
        return json({ ...article, pendingRevisions: [draft(3, mine.id, 'Tech'), draft(4)] });
      }),
    );
    renderRoute(<OrgDocsScope><ArticlePage /></OrgDocsScope>, { path: '/orgs/:orgId/docs/articles/:articleId', route: `/orgs/${orgId}/docs/articles/a1` });
    const banner = await screen.findByRole('region', { name: '2 changes are awaiting review' });
    await vi.waitFor(() => expect(banner).toHaveTextContent('Your change (revision 3) is waiting'));
    expect(banner).toHaveTextContent('Until then readers see revision 2');
    expect(within(banner).getByRole('link', { name: 'See revision 4' })).toHaveAttribute('href', `/orgs/${orgId}/docs/articles/a1/review/4`);
    expect(banner).toHaveTextContent('by you');
  });

  it('offers publishers a link to review', async () => {
    render(['docs.read', 'docs.publish'], { ...article, pendingRevisions: [draft(3)] });
    expect(await screen.findByRole('link', { name: 'Review revision 3' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'A change is awaiting review' })).toBeInTheDocument();
  });

  it('moves the article out of its folder with its etag', async () => {
    const calls = render(['docs.read', 'docs.write']);
    await userEvent.click(await screen.findByRole('button', { name: 'Move…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move article' });
    const select = within(dialog).getByLabelText('Move “Firewall overview” to');
    await vi.waitFor(() => expect(within(select).getByRole('option', { name: 'Network / Firewalls' })).toBeInTheDocument());
    expect(within(dialog).getByRole('button', { name: 'Move' })).toBeDisabled();
    await userEvent.selectOptions(select, '');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('Moved out of its folder: the article is unfiled now.')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"2"');
    expect(await patch.json()).toEqual({ clearFolder: true });
  });
});
