import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';

export interface PagerProps {
  page: number;
  hasPrevious: boolean;
  nextCursor: string | null;
  busy: boolean;
  onPrevious(): void;
  onNext(cursor: string): void;
  /** Names the navigation when a page has more than one list. */
  label?: string;
}

/** Previous/next over a keyset-paged list (see useCursorStack). */
export function Pager({ page, hasPrevious, nextCursor, busy, onPrevious, onNext, label = 'Pages' }: PagerProps) {
  return (
    <nav aria-label={label} className="d-flex align-items-center gap-2">
      <Button variant="outline-secondary" size="sm" disabled={!hasPrevious || busy} onClick={onPrevious}>
        Previous
      </Button>
      <span className="text-body-secondary small">Page {page}</span>
      <Button variant="outline-secondary" size="sm" disabled={!nextCursor || busy} onClick={() => nextCursor && onNext(nextCursor)}>
        Next
      </Button>
      {busy && (
        <Spinner animation="border" size="sm" role="status">
          <span className="visually-hidden">Loading…</span>
        </Spinner>
      )}
    </nav>
  );
}
