import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { QueryState } from '../../../components/QueryState';
import { RelativeTime } from '../../../components/RelativeTime';
import { useArticleDiff, useRevisions } from '../api/useRevisions';
import { diffStats, hasChanges } from '../diff';
import type { Article } from '../types';
import { DiffLegend, DiffView } from './DiffView';

export interface ConflictPanelProps {
  orgId: string;
  /** The revision the editor started from. */
  from: number;
  /** The article as it is now on the server. */
  current: Article;
  pending: boolean;
  onReloadTheirs: () => void;
  onKeepMine: () => void;
  /** Combines both edits (the API's three-way merge) into the editor, for the person to check and save. */
  onMerge: () => void;
  /** The merge is running. */
  merging: boolean;
}

/**
 * After a 412: someone saved a newer revision while this person edited. Says who and what they changed (the diff
 * from the revision the editor started from to the current one), and offers to merge both edits, take theirs, or overwrite with mine.
 * The editor below keeps the person's text either way until they choose.
 */
export function ConflictPanel({ orgId, from, current, pending, onReloadTheirs, onKeepMine, onMerge, merging }: ConflictPanelProps) {
  const textChanged = current.revision !== from;
  const diff = useArticleDiff(orgId, current.id, textChanged ? from : null, textChanged ? current.revision : null);
  const author = useRevisions(orgId, current.id, null).data?.items.find((r) => r.number === current.revision)?.authorName;

  return (
    <Alert variant="warning" role="alert" className="mb-4">
      <Alert.Heading as="h2" className="h5">
        Someone saved a newer revision
      </Alert.Heading>
      <p>
        {author ?? 'Someone'} saved {textChanged ? `revision ${current.revision}` : 'changes'} <RelativeTime value={current.updatedAt} /> while you were editing
        revision {from}. Your changes are <strong>not saved yet</strong> and are still in the editor below.
      </p>
      {textChanged ? (
        <QueryState query={diff} what="their changes" inline>
          {(d) => (
            <>
              <h3 className="h6">
                What changed from revision {d.from.number} to {d.to.number} <span className="fw-normal text-body-secondary">({diffStats(d.insertions, d.deletions)})</span>
              </h3>
              <DiffLegend />
              {hasChanges(d.title) && <DiffView parts={d.title} label="Changes to the title" />}
              <DiffView parts={d.body} label="Changes to the text" />
            </>
          )}
        </QueryState>
      ) : (
        <p>They changed only the article’s details (folder, tags or links), not its title or text.</p>
      )}
      {textChanged && (
        <p className="small mb-2">
          <strong>Merge</strong> combines both: changes to different lines are kept from each side, and lines you both changed are marked for you
          to choose. Nothing is saved until you save.
        </p>
      )}
      <div className="d-flex flex-wrap gap-2">
        {textChanged && (
          <Button variant="primary" onClick={onMerge} disabled={pending}>
            {merging && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            Merge (keep both changes)
          </Button>
        )}
        <Button variant="outline-secondary" onClick={onReloadTheirs} disabled={pending}>
          Reload theirs (discard my changes)
        </Button>
        <Button variant="warning" onClick={onKeepMine} disabled={pending}>
          {pending && !merging && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
          Keep mine (overwrite)
        </Button>
      </div>
    </Alert>
  );
}
