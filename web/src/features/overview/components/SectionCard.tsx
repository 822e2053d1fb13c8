import type { ReactNode } from 'react';
import { Link } from 'react-router';
import Card from 'react-bootstrap/Card';

export interface SectionCardProps {
  /** The card's heading (an h2: the page's h1 is the client's or "Home"). */
  title: string;
  /** "3 of 25": how many there are when the card shows only the first ones. */
  count?: { shown: number; total: number };
  /** "View all" (or another word) to the full list. */
  more?: { to: string; label?: string };
  children: ReactNode;
  /** Content flush with the card's edges (a list group); padded otherwise. */
  flush?: boolean;
}

/** One section of the overview or the home dashboard: a card with a heading, an optional count and a link to the whole list. */
export function SectionCard({ title, count, more, children, flush = true }: SectionCardProps) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card as="section" aria-labelledby={id} className="shadow-sm">
      <Card.Header className="d-flex align-items-center justify-content-between gap-2 bg-body-tertiary py-2">
        <h2 id={id} className="h6 mb-0 fw-semibold">
          {title}
          {count && count.total > 0 && (
            <span className="ms-2 fw-normal small text-body-secondary">{count.total > count.shown ? `${count.shown} of ${count.total}` : count.total}</span>
          )}
        </h2>
        {more && (
          <Link to={more.to} className="small text-nowrap link-body-emphasis">
            {more.label ?? 'View all'}
            <span className="visually-hidden"> {title.toLowerCase()}</span>
          </Link>
        )}
      </Card.Header>
      {flush ? children : <Card.Body>{children}</Card.Body>}
    </Card>
  );
}

/** What an empty section says, with what to do about it. */
export function SectionEmpty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="text-center text-body-secondary px-3 py-4 small">
      <p className="mb-2">{children}</p>
      {action}
    </div>
  );
}
