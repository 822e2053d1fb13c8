import { Link } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import { useMe } from '../../../auth/permissions';
import { RelativeTime } from '../../../components/RelativeTime';
import { useDocsScope } from '../docsScope';
import { reviewPath } from '../review';
import type { Article } from '../types';

/**
 * On an article with drafts waiting for review: that a change is coming, who made it, and a link to it (to review it,
 * for holders of docs.publish); its author reads that their own change waits and what readers see meanwhile.
 */
export function PendingReviewBanner({ article }: { article: Article }) {
  const { can, basePath } = useDocsScope();
  const canPublish = can('docs.publish');
  const myId = useMe().data?.id;
  const pending = article.pendingRevisions;
  if (pending.length === 0) return null;
  const mine = pending.filter((r) => r.authorId === myId);
  const heading = pending.length === 1 ? 'A change is awaiting review' : `${pending.length} changes are awaiting review`;
  return (
    <Alert variant="info" className="mb-3" role="region" aria-labelledby="pending-review-heading">
      <Alert.Heading as="h2" id="pending-review-heading" className="h6 mb-2">
        {heading}
      </Alert.Heading>
      {mine.length > 0 && (
        <p className="mb-2">
          {mine.length === 1 ? `Your change (revision ${mine[0].number}) is` : `Your ${mine.length} changes are`} waiting for someone who may publish to
          approve {mine.length === 1 ? 'it' : 'them'}. Until then readers see revision {article.revision}, as below.
        </p>
      )}
      <ul className="mb-0 ps-3">
        {pending.map((r) => (
          <li key={r.number}>
            <Link to={reviewPath(basePath, article.id, r.number)} className="alert-link">
              {canPublish ? `Review revision ${r.number}` : `See revision ${r.number}`}
            </Link>{' '}
            by {r.authorId === myId ? 'you' : r.authorName}, <RelativeTime value={r.createdAt} />
            {r.summary && <> — {r.summary}</>}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
