import { Link } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import { DataTable, none } from '../../../components/DataTable';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { RelativeTime } from '../../../components/RelativeTime';
import { useOrg } from '../../../entities/org/useOrg';
import { useCursorStack } from '../../../lib/cursorStack';
import { useFlash } from '../../../lib/useFlash';
import { useReviews } from '../api/useReviews';
import { useDocsScope } from '../docsScope';
import { reviewPath } from '../review';
import type { Review } from '../types';

const PAGE_SIZE = 50;

/** `…/reviews` (DocsScope): the changes to published articles waiting for review, the longest waiting first. */
export function ReviewQueuePage() {
  const scope = useDocsScope();
  const { orgId, basePath } = scope;
  const canPublish = scope.can('docs.publish');
  const canSettings = scope.can('settings.manage');
  // The MSP knowledge base has no organisation settings (GET /orgs/{id} answers 404 for it).
  const org = useOrg(orgId, scope.kind === 'org');
  const paging = useCursorStack(orgId);
  const reviews = useReviews(orgId, paging.cursor, PAGE_SIZE);
  const [flash, setFlash] = useFlash();
  const docs = basePath;

  return (
    <>
      <PageHeader crumbs={scope.crumbs(scope.home)} title="Changes awaiting review" orgId={scope.tabsOrgId}
        actions={<Link to={docs} className="btn btn-outline-secondary">Back to the articles</Link>} />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      {org.data && !org.data.docsReviewRequired && (
        <Alert variant="secondary" className="small py-2">
          Review is off in this organisation: every save is published at once.{' '}
          {canSettings ? <Link to={`/orgs/${orgId}/settings`}>Turn it on in Settings</Link> : 'Someone who manages its settings can turn it on.'}
        </Alert>
      )}
      <p className="small text-body-secondary">
        {canPublish
          ? 'Open a change to compare it with the published text, then approve it (readers see it from then on) or reject it with a comment for its author.'
          : 'Readers see the published text until someone who may publish (the “docs.publish” permission) approves a change.'}
      </p>
      <PagedList query={reviews} paging={paging} what="the changes awaiting review" pageSize={PAGE_SIZE} inOrg empty="No changes are waiting for review.">
        {(items, busy) => (
          <DataTable
            label="Changes awaiting review"
            rows={items}
            rowKey={(r) => r.revisionId}
            busy={busy}
            columns={[
              { header: 'Article', cell: (r) => <ArticleCell basePath={basePath} review={r} /> },
              { header: 'Summary', className: 'text-break', cell: (r) => r.summary ?? none },
              { header: 'Author', cell: (r) => r.authorName },
              { header: 'Submitted', className: 'text-nowrap', cell: (r) => <RelativeTime value={r.createdAt} /> },
              {
                header: 'Review',
                hideHeader: true,
                className: 'text-end text-nowrap',
                cell: (r) => (
                  <Link to={reviewPath(basePath, r.articleId, r.number)} className="btn btn-sm btn-outline-primary" aria-label={`${canPublish ? 'Review' : 'See'} revision ${r.number} of ${r.articleTitle}`}>
                    {canPublish ? 'Review' : 'See'}
                  </Link>
                ),
              },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}

function ArticleCell({ basePath, review: r }: { basePath: string; review: Review }) {
  const stale = r.baseRevision !== null && r.baseRevision !== r.publishedRevision;
  return (
    <>
      <Link to={reviewPath(basePath, r.articleId, r.number)} className="fw-semibold">
        {r.articleTitle}
      </Link>
      <span className="text-body-secondary small"> · revision {r.number}</span>
      {r.title !== r.articleTitle && <div className="small">Renames it to “{r.title}”</div>}
      {stale && (
        <div>
          <Badge bg="warning" text="dark">
            Out of date
          </Badge>{' '}
          <span className="small text-body-secondary">revision {r.publishedRevision} was published after it was written</span>
        </div>
      )}
    </>
  );
}
