import type { ReactNode } from 'react';
import Button from 'react-bootstrap/Button';

export interface TeamSectionProps {
  id: string;
  title: string;
  count: number;
  /** The "Add …" button, hidden while its form is open. */
  addLabel: string;
  adding: boolean;
  onAdd: () => void;
  children: ReactNode;
}

/** One part of the team page (grants, members): a heading with its count and an add button, then its content. */
export function TeamSection({ id, title, count, addLabel, adding, onAdd, children }: TeamSectionProps) {
  return (
    <section aria-labelledby={id} className="mb-5">
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <h2 id={id} className="h5 mb-0">
          {title} <span className="text-body-secondary fw-normal">({count})</span>
        </h2>
        {!adding && (
          <Button variant="outline-primary" size="sm" onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </div>
      {children}
    </section>
  );
}
