import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import type { CursorPaging } from '../lib/cursorStack';

export interface PagerProps {
  paging: CursorPaging;
  /** The server's cursor for the page after this one; none on the last page. */
  nextCursor: string | null | undefined;
  busy: boolean;
  /** Names the navigation when a page has more than one list. */
  label?: string;
}

/** Previous/next over a keyset-paged list (see useCursorStack); nothing while everything fits on one page. */
export function Pager({ paging, nextCursor, busy, label = 'Pages' }: PagerProps) {
  if (!paging.hasPrevious && !nextCursor) return null;
  return (
    <nav aria-label={label} className="d-flex align-items-center gap-2">
      <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || busy} onClick={paging.previous}>
        Previous
      </Button>
      <span className="text-body-secondary small">Page {paging.page}</span>
      <Button variant="outline-secondary" size="sm" disabled={!nextCursor || busy} onClick={() => nextCursor && paging.next(nextCursor)}>
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
