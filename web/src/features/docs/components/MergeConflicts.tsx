import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { conflictMarkers, type ConflictChoice, type MergeConflict } from '../merge';

export interface TitleConflict {
  yours: string;
  theirs: string;
}

export interface MergeConflictsProps {
  /** The revision merged with (theirs). */
  revision: number;
  /** The conflicts still marked in the text. */
  conflicts: readonly MergeConflict[];
  /** Every conflict of the merge, for "2 of 3". */
  all: readonly MergeConflict[];
  onResolve: (conflict: MergeConflict, choice: ConflictChoice) => void;
  title: TitleConflict | null;
  onTitle: (title: string | null) => void;
}

function Lines({ text, label }: { text: string; label: string }) {
  return text === '' ? (
    <p className="small text-body-secondary fst-italic mb-0">(deleted these lines)</p>
  ) : (
    <pre className="merge-lines border rounded bg-body p-2 mb-0" aria-label={label} tabIndex={0}>
      {text}
    </pre>
  );
}

/**
 * After a merge with conflicts: each place both people changed the same lines differently, side by side, with
 * buttons that keep one side or both in the text below; the same block is marked in the text, for editing by hand.
 */
export function MergeConflicts({ revision, conflicts, all, onResolve, title, onTitle }: MergeConflictsProps) {
  if (conflicts.length === 0 && !title) return null;
  return (
    <section className="alert alert-warning mb-4" aria-labelledby="merge-conflicts-heading">
      <h2 id="merge-conflicts-heading" className="alert-heading h5">
        {conflicts.length > 0
          ? `${conflicts.length} place${conflicts.length === 1 ? '' : 's'} where you both changed the same lines`
          : 'You both changed the title'}
      </h2>
      {conflicts.length > 0 && (
        <p className="small">
          Choose what to keep for each, or edit the text below yourself between the lines <code>{conflictMarkers.yours}</code>, <code>{conflictMarkers.split}</code>{' '}
          and <code>{conflictMarkers.theirs(revision)}</code> (remove those lines when done). The article cannot be saved while they are there.
        </p>
      )}
      {title && (
        <div className="mb-3">
          <p className="mb-2">
            Title: yours is <strong>“{title.yours}”</strong>, revision {revision} has <strong>“{title.theirs}”</strong>. The title field holds yours.
          </p>
          <div className="d-flex flex-wrap gap-2">
            <Button size="sm" variant="outline-secondary" onClick={() => onTitle(null)}>
              Keep my title
            </Button>
            <Button size="sm" variant="outline-secondary" onClick={() => onTitle(title.theirs)}>
              Use their title
            </Button>
          </div>
        </div>
      )}
      {conflicts.map((conflict) => {
        const n = all.indexOf(conflict) + 1;
        const total = all.length;
        const name = `conflict ${n} of ${total}`;
        return (
          <section key={n} className="border-top border-warning-subtle pt-3 mt-3" aria-label={`Conflict ${n} of ${total}`}>
            <h3 className="h6">Conflict {n} of {total}</h3>
            <Row className="g-2 mb-2">
              <Col md={6}>
                <div className="small fw-semibold mb-1">Your lines</div>
                <Lines text={conflict.yours} label={`Your lines, ${name}`} />
              </Col>
              <Col md={6}>
                <div className="small fw-semibold mb-1">Their lines (revision {revision})</div>
                <Lines text={conflict.theirs} label={`Their lines, ${name}`} />
              </Col>
            </Row>
            {conflict.base && (
              <details className="small mb-2">
                <summary>As it was before either change</summary>
                <pre className="merge-lines border rounded bg-body p-2 mt-1 mb-0">{conflict.base}</pre>
              </details>
            )}
            <div className="d-flex flex-wrap gap-2">
              <Button size="sm" variant="outline-primary" aria-label={`Keep mine, ${name}`} onClick={() => onResolve(conflict, 'yours')}>
                Keep mine
              </Button>
              <Button size="sm" variant="outline-primary" aria-label={`Keep theirs, ${name}`} onClick={() => onResolve(conflict, 'theirs')}>
                Keep theirs
              </Button>
              <Button size="sm" variant="outline-secondary" aria-label={`Keep both, ${name}`} onClick={() => onResolve(conflict, 'both')}>
                Keep both
              </Button>
            </div>
          </section>
        );
      })}
    </section>
  );
}
