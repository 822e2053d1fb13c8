import type { ReactNode } from 'react';
import Spinner from 'react-bootstrap/Spinner';

/** A spinner announced as `label`; centred in a block of its own unless `inline`. */
export function Loading({ label = 'Loading…', inline = false, small = false }: { label?: string; inline?: boolean; small?: boolean }) {
  const spinner = (
    <Spinner animation="border" role="status" size={small ? 'sm' : undefined}>
      <span className="visually-hidden">{label}</span>
    </Spinner>
  );
  return inline ? spinner : <div className="d-flex justify-content-center p-5">{spinner}</div>;
}

/** What a list says when it has nothing to show (yet, or for these filters). */
export function EmptyState({ children, compact = false }: { children: ReactNode; compact?: boolean }) {
  return <div className={`text-center text-body-secondary ${compact ? 'p-4' : 'p-5'}`}>{children}</div>;
}
