import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton, TextField } from '../../../components/FormFields';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { RelativeTime } from '../../../components/RelativeTime';
import { errorMessage, fieldMessage, formErrorsOf, hasStatus } from '../../../lib/problem';
import { docsKeys } from '../api/docsKeys';
import { useReviewRevision } from '../api/useReviewRevision';
import { useArticleDiff, useRevision } from '../api/useRevisions';
import { diffStats, hasChanges } from '../diff';
import { articlePath, useDocsScope } from '../docsScope';
import type { Article, RevisionContent } from '../types';
import { ArticleQuery } from './ArticleQuery';
import { DiffLegend, DiffView } from './DiffView';
import { StatusBadge } from './HistoryPage';

/** `…/articles/:articleId/review/:number` (DocsScope): a draft compared with the published text; approve or reject. */
export function ReviewPage() {
  const { orgId } = useDocsScope();
  const { articleId = '', number = '' } = useParams();
  const n = /^\d+$/.test(number) ? Number(number) : 0;
  return (
    <ArticleQuery articleId={articleId}>
      {(data) => <Review key={`${data.id}-${n}`} orgId={orgId} article={data} number={n} />}
    </ArticleQuery>
  );
}

function Review({ orgId, article, number }: { orgId: string; article: Article; number: number }) {
  const scope = useDocsScope();
  const revision = useRevision(orgId, article.id, number);
  const detail = articlePath(scope, article.id);
  const crumbs = scope.crumbs(scope.home, { to: `${scope.basePath}/reviews`, label: 'Reviews' });
  return (
    <>
      <PageHeader crumbs={crumbs} title={`Review: ${article.title}`} orgId={scope.tabsOrgId}
        badges={revision.data && <StatusBadge status={revision.data.status} />}
        subtitle={revision.data && (
          <>
            Revision {number} by {revision.data.authorName}, <RelativeTime value={revision.data.createdAt} />
          </>
        )}
        actions={<Link to={detail} className="btn btn-outline-secondary">Open the article</Link>} />
      <QueryState query={revision} what={`revision ${number}`} notFound="This article has no such revision.">
        {(r) => <ReviewBody orgId={orgId} article={article} revision={r} />}
      </QueryState>
    </>
  );
}

function ReviewBody({ orgId, article, revision: r }: { orgId: string; article: Article; revision: RevisionContent }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const scope = useDocsScope();
  const canPublish = scope.can('docs.publish');
  const approve = useReviewRevision();
  const [rejecting, setRejecting] = useState(false);
  const from = r.baseRevision ?? article.revision;
  const diff = useArticleDiff(orgId, article.id, from, r.number);
  const pending = r.status === 'pending';
  const stale = pending && r.baseRevision !== null && r.baseRevision !== article.revision;
  const history = `${articlePath(scope, article.id)}/history`;

  function reload() {
    approve.reset();
    void queryClient.invalidateQueries({ queryKey: docsKeys.article(orgId, article.id) });
    void queryClient.invalidateQueries({ queryKey: docsKeys.reviews(orgId) });
  }

  function approveIt() {
    approve.mutate(
      { orgId, articleId: article.id, number: r.number, decision: 'approve', etag: article.etag },
      { onSuccess: () => void navigate(articlePath(scope, article.id), { state: { flash: `Revision ${r.number} approved: readers see it now.` } }) },
    );
  }

  return (
    <>
      {!pending && (
        <Alert variant={r.status === 'rejected' ? 'secondary' : 'success'}>
          This change was {r.status === 'rejected' ? 'rejected' : 'approved'}
          {r.reviewedByName && <> by {r.reviewedByName}</>}
          {r.reviewedAt && <> <RelativeTime value={r.reviewedAt} /></>}
          {r.reviewComment && <>: “{r.reviewComment}”</>}. Nothing is waiting here.
        </Alert>
      )}
      {stale && (
        <Alert variant="warning">
          It was written on revision {r.baseRevision}, but revision {article.revision} has been published since, so it cannot be approved as it is.{' '}
          <Link to={`${history}?from=${r.baseRevision}&to=${article.revision}`}>Compare those two</Link>, then reject it with a note, and the author makes
          the change again on the current text.
        </Alert>
      )}
      {hasStatus(approve.error, 412) ? (
        <Alert variant="warning" role="alert">
          <p className="mb-2">Someone changed this article since you opened the review, so nothing was approved. Reload to review against the latest version.</p>
          <Button variant="outline-dark" size="sm" onClick={reload}>
            Reload
          </Button>
        </Alert>
      ) : hasStatus(approve.error, 409) ? (
        <Alert variant="warning" role="alert">
          <p className="mb-2">{errorMessage(approve.error)}</p>
          <Button variant="outline-dark" size="sm" onClick={reload}>
            Reload
          </Button>
        </Alert>
      ) : (
        <ErrorAlert error={approve.error} />
      )}
      <section aria-labelledby="review-summary" className="mb-3">
        <h2 id="review-summary" className="visually-hidden">
          The change
        </h2>
        <p className="mb-1">
          <strong>Summary:</strong> {r.summary ?? <span className="text-body-secondary">none given</span>}
        </p>
        {r.title !== article.title && (
          <p className="mb-1">
            Renames the article to <strong>“{r.title}”</strong>.
          </p>
        )}
      </section>
      <section aria-labelledby="review-diff" className="mb-4">
        <h2 id="review-diff" className="h5">
          Changes from revision {from} (published) to revision {r.number}
        </h2>
        {from === r.number ? (
          <p className="text-body-secondary">This revision is the published text.</p>
        ) : (
          <QueryState query={diff} what="the changes" inline>
            {(d) => (
              <>
                <p className="small mb-1">{diffStats(d.insertions, d.deletions)}.</p>
                <DiffLegend />
                {hasChanges(d.title) && <DiffView parts={d.title} label={`Changes to the title in revision ${r.number}`} />}
                <DiffView parts={d.body} label={`Changes to the text in revision ${r.number}`} />
              </>
            )}
          </QueryState>
        )}
      </section>
      {pending &&
        (canPublish ? (
          <div className="d-flex flex-wrap gap-2 border-top pt-3">
            <SubmitButton type="button" variant="success" pending={approve.isPending} disabled={approve.isPending || stale} onClick={approveIt}>
              Approve and publish
            </SubmitButton>
            <Button variant="outline-danger" onClick={() => setRejecting(true)} disabled={approve.isPending}>
              Reject…
            </Button>
          </div>
        ) : (
          <p className="small text-body-secondary border-top pt-3">Approving or rejecting changes needs the “docs.publish” permission in this organisation.</p>
        ))}
      {rejecting && <RejectDialog orgId={orgId} article={article} number={r.number} onClose={() => setRejecting(false)} />}
    </>
  );
}

/** Rejects a draft with a comment its author reads in the history (required). */
function RejectDialog({ orgId, article, number, onClose }: { orgId: string; article: Article; number: number; onClose: () => void }) {
  const navigate = useNavigate();
  const { basePath } = useDocsScope();
  const reject = useReviewRevision();
  const [comment, setComment] = useState('');
  const errors = formErrorsOf(reject.error, ['comment'] as const);
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    reject.mutate(
      { orgId, articleId: article.id, number, decision: 'reject', comment, etag: article.etag },
      {
        onSuccess: () =>
          void navigate(`${basePath}/reviews`, {
            state: { flash: `Revision ${number} of “${article.title}” rejected: its author reads your comment in the article’s history.` },
          }),
      },
    );
  }

  return (
    <Modal show onHide={onClose} aria-labelledby="reject-title">
      <Form noValidate onSubmit={submit} aria-label="Reject change">
        <Modal.Header closeButton>
          <Modal.Title id="reject-title">Reject revision {number}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <ErrorAlert error={fieldMessage(errors, 'comment') ? null : reject.error}
            conflict="Someone changed this article since you opened the review, so nothing was rejected. Close this dialog and reload the review." />
          <p>The article stays as published. Say what should change: the author reads it in the article’s history.</p>
          <TextField id="reject-comment" label="Why is it rejected?" rows={4} maxLength={2000} required value={comment} autoFocus
            onChange={(e) => {
              setMissing(false);
              setComment(e.target.value);
            }}
            error={missing ? 'Say why the change is rejected: the author reads it.' : fieldMessage(errors, 'comment')} />
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <SubmitButton variant="danger" pending={reject.isPending} disabled={reject.isPending}>
            Reject change
          </SubmitButton>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
