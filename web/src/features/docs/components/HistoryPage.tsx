import { Link, useParams, useSearchParams } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { QueryState } from '../../../components/QueryState';
import { RelativeTime } from '../../../components/RelativeTime';
import { useCursorStack } from '../../../lib/cursorStack';
import { useRestoreRevision } from '../api/useRestoreRevision';
import { useArticleDiff, useRevision, useRevisions } from '../api/useRevisions';
import { diffStats, hasChanges } from '../diff';
import { articlePath, useDocsScope } from '../docsScope';
import { reviewPath, revisionStatusLabel } from '../review';
import type { Article, Revision } from '../types';
import { ArticleHtml } from './ArticleHtml';
import { ArticleQuery } from './ArticleQuery';
import { useArticleCrumbs } from './ArticlePage';
import { DiffLegend, DiffView } from './DiffView';
import { RevisionHistory } from './RevisionHistory';
import './prose.css';

/** `…/articles/:articleId/history` (DocsScope): every revision; compare two, read one, restore one. */
export function HistoryPage() {
  const { orgId } = useDocsScope();
  const { articleId = '' } = useParams();
  return (
    <ArticleQuery articleId={articleId}>
      {(data) => <History key={data.id} orgId={orgId} article={data} />}
    </ArticleQuery>
  );
}

const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

function History({ orgId, article }: { orgId: string; article: Article }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const scope = useDocsScope();
  const paging = useCursorStack(article.id);
  const revisions = useRevisions(orgId, article.id, paging.cursor);
  const restore = useRestoreRevision();
  const detail = articlePath(scope, article.id);
  const crumbs = useArticleCrumbs(article.folderId, { to: detail, label: article.title });
  // Compare the newest revision with the one before it unless the person chose.
  const from = numberParam(searchParams.get('from')) ?? (article.revision > 1 ? article.revision - 1 : null);
  const to = numberParam(searchParams.get('to')) ?? (article.revision > 1 ? article.revision : null);
  const view = numberParam(searchParams.get('view'));

  function setParams(changes: Record<string, number | null>) {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace: true },
    );
  }

  return (
    <RevisionHistory
      noun="article"
      record={{ name: article.title, revision: article.revision, path: detail }}
      newest="is shown to readers"
      crumbs={crumbs}
      intro={<p className="small text-body-secondary">Choose a “From” and a “To” revision to see what changed between them.</p>}
      leading={[
        {
          header: 'From',
          cell: (r) => (
            <Form.Check type="radio" name="compare-from" id={`compare-from-${r.number}`} aria-label={`Compare from revision ${r.number}`} checked={from === r.number}
              onChange={() => setParams({ from: r.number, view: null })} />
          ),
        },
        {
          header: 'To',
          cell: (r) => (
            <Form.Check type="radio" name="compare-to" id={`compare-to-${r.number}`} aria-label={`Compare to revision ${r.number}`} checked={to === r.number}
              onChange={() => setParams({ to: r.number, view: null })} />
          ),
        },
      ]}
      extras={{
        badge: (r) => <StatusBadge status={r.status} />,
        canRestore: (r) => r.status === 'published',
        note: (r) => (
          <>
            {r.status === 'rejected' && (
              <div className="small text-body-secondary">
                Rejected by {r.reviewedByName ?? 'a reviewer'}
                {r.reviewComment && <>: “{r.reviewComment}”</>}
              </div>
            )}
            {r.status === 'pending' && (
              <div className="small">
                <Link to={reviewPath(scope.basePath, article.id, r.number)}>See the change under review</Link>
              </div>
            )}
          </>
        ),
      }}
      pane={
        view !== null ? (
          <RevisionView orgId={orgId} articleId={article.id} number={view} onClose={() => setParams({ view: null })} />
        ) : from !== null && to !== null ? (
          <Comparison orgId={orgId} articleId={article.id} from={Math.min(from, to)} to={Math.max(from, to)} />
        ) : null
      }
      revisions={revisions}
      paging={paging}
      onView={(r) => setParams({ view: r.number })}
      restore={{
        mutation: restore,
        variables: (r: Revision) => ({ orgId, articleId: article.id, number: r.number }),
        done: (r, restored) => `Revision ${r.number} restored: the article now reads as it did then (revision ${restored.revision}).`,
        question: (r) => (
          <>
            Make revision {r.number} (“{r.title}”) current again? It is saved as a new revision {article.revision + 1}; no revision is lost.
          </>
        ),
      }}
    />
  );
}

function Comparison({ orgId, articleId, from, to }: { orgId: string; articleId: string; from: number; to: number }) {
  const diff = useArticleDiff(orgId, articleId, from, to);
  return (
    <section aria-labelledby="revision-diff" className="mt-4">
      <h2 id="revision-diff" className="h5">
        Changes from revision {from} to revision {to}
      </h2>
      {from === to ? (
        <p className="text-body-secondary">Choose two different revisions to compare.</p>
      ) : (
        <QueryState query={diff} what="the comparison" inline>
          {(d) => (
            <>
              <p className="small mb-1">{diffStats(d.insertions, d.deletions)}.</p>
              <DiffLegend />
              {hasChanges(d.title) && (
                <>
                  <h3 className="h6">Title</h3>
                  <DiffView parts={d.title} label={`Changes to the title from revision ${from} to ${to}`} />
                </>
              )}
              <h3 className="h6">Text</h3>
              <DiffView parts={d.body} label={`Changes to the text from revision ${from} to ${to}`} />
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}

function RevisionView({ orgId, articleId, number, onClose }: { orgId: string; articleId: string; number: number; onClose: () => void }) {
  const revision = useRevision(orgId, articleId, number);
  return (
    <section aria-labelledby="revision-view" className="mt-4">
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-2">
        <h2 id="revision-view" className="h5 mb-0">
          Revision {number}
        </h2>
        <Button variant="outline-secondary" size="sm" onClick={onClose}>
          Close revision
        </Button>
      </div>
      <QueryState query={revision} what={`revision ${number}`} inline>
        {(r) => (
          <div className="border rounded p-3">
            <p className="small text-body-secondary">
              {r.authorName}, <RelativeTime value={r.createdAt} />
              {r.summary && <> — {r.summary}</>}
            </p>
            <h3 className="h4">{r.title}</h3>
            <ArticleHtml html={r.html} label={`Text of revision ${number}`} />
          </div>
        )}
      </QueryState>
    </section>
  );
}

/** "Awaiting review" or "Rejected" beside a revision that is not published text. */
export function StatusBadge({ status }: { status: string }) {
  const label = revisionStatusLabel(status);
  return label ? (
    <Badge bg={label.bg} text={label.text} className="ms-2">
      {label.label}
    </Badge>
  ) : null;
}
