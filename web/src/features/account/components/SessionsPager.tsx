import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';

export interface SessionsPagerProps {
  page: number;
  hasPrevious: boolean;
  nextCursor: string | null;
  fetching: boolean;
  onPrevious(): void;
  onNext(cursor: string): void;
}

/** Previous/Next over a cursor stack, as the other lists page. */
export function SessionsPager({ page, hasPrevious, nextCursor, fetching, onPrevious, onNext }: SessionsPagerProps) {
  if (!hasPrevious && !nextCursor) return null;
  return (
    <nav aria-label="Session pages" className="d-flex align-items-center gap-2">
      <Button variant="outline-secondary" size="sm" disabled={!hasPrevious || fetching} onClick={onPrevious}>
        Previous
      </Button>
      <span className="text-body-secondary small">Page {page}</span>
      <Button variant="outline-secondary" size="sm" disabled={!nextCursor || fetching} onClick={() => nextCursor && onNext(nextCursor)}>
        Next
      </Button>
      {fetching && (
        <Spinner animation="border" size="sm" role="status">
          <span className="visually-hidden">Loading…</span>
        </Spinner>
      )}
    </nav>
  );
}
