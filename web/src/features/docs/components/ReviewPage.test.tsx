import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, memberMe, mockFetch, pathOf, problem, renderRoute, withMe } from '../../../test/render';
import { article, draft, orgId } from '../testData';
import { ReviewPage } from './ReviewPage';
import { ReviewQueuePage } from './ReviewQueuePage';
import { OrgDocsScope } from './DocsScopes';

afterEach(() => vi.unstubAllGlobals());

const pending = { ...article, pendingRevisions: [draft(3)] };
const content = { ...draft(3), body: '# Firewall\nAllow 443', html: '<h1>Firewall</h1>' };
const diff = {
  from: { ...draft(2), status: 'published' },
  to: draft(3),
  title: [{ op: 'equal', text: 'Firewall overview' }],
  body: [{ op: 'equal', text: '# Firewall\n' }, { op: 'insert', text: 'Allow 443' }],
  insertions: 2,
  deletions: 0,
};
const review = {
  revisionId: 'r3', articleId: 'a1', articleTitle: 'Firewall overview', number: 3, title: 'Firewall overview', summary: 'New rule',
  baseRevision: 2, publishedRevision: 2, authorName: 'Theo Tech', createdAt: '2026-12-03T10:00:00Z',
};

function renderReview(permissions: string[], answer: (r: Request) => Response | undefined = () => undefined, shown = pending) {
  const { calls } = mockFetch(
    withMe(memberMe(orgId, permissions), (r) => {
      const path = pathOf(r);
      const special = answer(r);
      if (special) return special;
      if (path.endsWith('/revisions/3')) return json(content);
      if (path.endsWith('/diff')) return json(diff);
      if (path.endsWith('/docs/folders')) return json({ items: [], nextCursor: null });
      return json(shown);
    }),
  );
  renderRoute(<OrgDocsScope><ReviewPage /></OrgDocsScope>, { path: '/orgs/:orgId/docs/articles/:articleId/review/:number', route: `/orgs/${orgId}/docs/articles/a1/review/3` });
  return calls;
}

describe('ReviewPage', () => {
  it('shows the word diff against the published revision and approves with the article’s etag', async () => {
    const calls = renderReview(['docs.read', 'docs.publish'], (r) => (r.method === 'POST' ? json({ ...article, revision: 3 }) : undefined));
    const text = await screen.findByRole('region', { name: 'Changes to the text in revision 3' });
    expect(within(text).getByText('Allow 443')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Changes from revision 2 (published) to revision 3' })).toBeInTheDocument();
    expect(screen.getByText('New rule')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Approve and publish' }));
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(pathOf(post)).toBe(`/api/v1/orgs/${orgId}/docs/articles/a1/revisions/3/approve`);
    expect(post.headers.get('If-Match')).toBe('"2"');
  });

  it('explains a refused approval (409) and reloads', async () => {
    renderReview(['docs.read', 'docs.publish'], (r) =>
      r.method === 'POST' ? problem(409, { title: 'Conflict.', detail: 'Revision 3 was written on revision 2, but revision 4 has been published since.' }) : undefined,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Approve and publish' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('revision 4 has been published since');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a stale etag (412) changed the article meanwhile', async () => {
    renderReview(['docs.read', 'docs.publish'], (r) => (r.method === 'POST' ? problem(412, { title: 'Precondition failed.' }) : undefined));
    await userEvent.click(await screen.findByRole('button', { name: 'Approve and publish' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone changed this article since you opened the review');
  });

  it('rejects only with a comment, sent with the etag', async () => {
    const calls = renderReview(['docs.read', 'docs.publish'], (r) => (r.method === 'POST' ? json(article) : undefined));
    await userEvent.click(await screen.findByRole('button', { name: 'Reject…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject revision 3' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject change' }));
    expect(within(dialog).getByText('Say why the change is rejected: the author reads it.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(within(dialog).getByLabelText('Why is it rejected?'), 'Ask the client first.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject change' }));
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(pathOf(post)).toBe(`/api/v1/orgs/${orgId}/docs/articles/a1/revisions/3/reject`);
    expect(post.headers.get('If-Match')).toBe('"2"');
    expect(await post.json()).toEqual({ comment: 'Ask the client first.' });
  });

  it('shows the change without Approve and Reject to someone who may not publish', async () => {
    renderReview(['docs.read', 'docs.write']);
    expect(await screen.findByRole('region', { name: 'Changes to the text in revision 3' })).toBeInTheDocument();
    expect(screen.getByText(/needs the “docs.publish” permission/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve and publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reject…' })).not.toBeInTheDocument();
  });

  it('refuses to approve a draft written on an older published revision', async () => {
    renderReview(['docs.read', 'docs.publish'], () => undefined, { ...pending, revision: 4, etag: '"4"' });
    expect(await screen.findByText(/revision 4 has been published since, so it cannot be approved/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Approve and publish' })).toBeDisabled();
  });
});

describe('ReviewQueuePage', () => {
  function renderQueue(items: unknown[], reviewRequired = true) {
    mockFetch(
      withMe(memberMe(orgId, ['docs.read', 'docs.publish']), (r) =>
        pathOf(r).endsWith('/docs/reviews') ? json({ items, nextCursor: null }) : json({ id: orgId, name: 'Acme', docsReviewRequired: reviewRequired, etag: '"1"' }),
      ),
    );
    renderRoute(<OrgDocsScope><ReviewQueuePage /></OrgDocsScope>, { path: '/orgs/:orgId/docs/reviews', route: `/orgs/${orgId}/docs/reviews` });
  }

  it('lists the drafts with their article, summary, author, and a link to review each', async () => {
    renderQueue([review, { ...review, revisionId: 'r5', number: 5, title: 'Firewall rules', baseRevision: 2, publishedRevision: 4 }]);
    const table = await screen.findByRole('table', { name: 'Changes awaiting review' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('New rule');
    expect(rows[1]).toHaveTextContent('Theo Tech');
    expect(within(rows[1]).getByRole('link', { name: 'Review revision 3 of Firewall overview' })).toHaveAttribute('href', `/orgs/${orgId}/docs/articles/a1/review/3`);
    expect(rows[2]).toHaveTextContent('Renames it to “Firewall rules”');
    expect(rows[2]).toHaveTextContent('Out of date');
    expect(rows[1]).not.toHaveTextContent('Out of date');
  });

  it('says when nothing waits, and when review is off', async () => {
    renderQueue([], false);
    expect(await screen.findByText('No changes are waiting for review.')).toBeInTheDocument();
    expect(await screen.findByText(/Review is off in this organisation/)).toBeInTheDocument();
  });
});
