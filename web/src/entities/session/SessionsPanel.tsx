import { useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ConfirmDialog, STALE_ACTION } from '../../components/ConfirmDialog';
import { PagedList } from '../../components/QueryState';
import type { CursorPaging } from '../../lib/cursorStack';
import { hasStatus } from '../../lib/problem';
import { SessionsTable } from './SessionsTable';
import type { Session, SessionPage } from './types';
import { shortenUserAgent } from './userAgent';

export interface EndSession {
  isPending: boolean;
  error: unknown;
  reset: () => void;
  /** Ends the session; `onEnded` runs once the API confirmed it. */
  end: (session: Session, onEnded: () => void) => void;
}

export interface SessionsPanelProps {
  query: UseQueryResult<SessionPage>;
  paging: CursorPaging;
  /** The table's accessible name. */
  label: string;
  /** For "Loading <what>…" and "Could not load <what>: …". */
  what: string;
  endSession: EndSession;
  /** Whose session, in the question: "the session" or "this user's session". */
  whose: string;
  /** What ending it does, after the question. */
  consequence: ReactNode;
  onEnded?: () => void;
}

/** A user's sessions, a page at a time, each but the current one with End (after a confirmation). */
export function SessionsPanel({ query, paging, label, what, endSession, whose, consequence, onEnded }: SessionsPanelProps) {
  const [ending, setEnding] = useState<Session | null>(null);
  const close = () => {
    if (hasStatus(endSession.error, 412)) void query.refetch();
    setEnding(null);
    endSession.reset();
  };

  return (
    <>
      <PagedList query={query} paging={paging} what={what} inline empty="No active sessions." pagerLabel="Session pages">
        {(items, busy) => <SessionsTable sessions={items} busy={busy} label={label} onEnd={setEnding} />}
      </PagedList>
      <ConfirmDialog
        show={ending !== null}
        title="End session"
        confirmLabel="End session"
        pending={endSession.isPending}
        error={endSession.error}
        conflict={STALE_ACTION}
        onClose={close}
        onConfirm={() =>
          ending &&
          endSession.end(ending, () => {
            close();
            onEnded?.();
          })
        }
      >
        End {whose} of <strong>{shortenUserAgent(ending?.userAgent)}</strong> from {ending?.ip ?? 'an unknown IP'}? {consequence}
      </ConfirmDialog>
    </>
  );
}
