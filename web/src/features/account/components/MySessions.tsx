import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage } from '../../../lib/problem';
import { useEndMySession } from '../api/useEndMySession';
import { useMySessions } from '../api/useMySessions';
import type { Session } from '../types';
import { shortenUserAgent } from '../userAgent';
import { ConfirmModal } from './ConfirmModal';
import { SessionsPager } from './SessionsPager';
import { SessionsTable } from './SessionsTable';

const PAGE_SIZE = 20;

/** The signed-in user's sessions, newest first; any but this one can be ended. */
export function MySessions() {
  const paging = useCursorStack('my-sessions');
  const sessions = useMySessions({ cursor: paging.cursor, limit: PAGE_SIZE });
  const endSession = useEndMySession();
  const [ending, setEnding] = useState<Session | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const close = () => {
    setEnding(null);
    endSession.reset();
  };

  if (sessions.isPending) {
    return (
      <Spinner animation="border" role="status">
        <span className="visually-hidden">Loading sessions…</span>
      </Spinner>
    );
  }
  if (sessions.isError) {
    return (
      <Alert variant="danger" role="alert">
        <p className="mb-2">Could not load your sessions: {errorMessage(sessions.error)}</p>
        <Button variant="outline-danger" size="sm" onClick={() => sessions.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  }

  const items = sessions.data.items;
  return (
    <>
      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
      {items.length === 0 ? (
        <p className="text-body-secondary">No active sessions.</p>
      ) : (
        <SessionsTable sessions={items} busy={sessions.isFetching} label="My sessions" onEnd={(s) => { setFlash(null); setEnding(s); }} />
      )}
      <SessionsPager
        page={paging.page}
        hasPrevious={paging.hasPrevious}
        nextCursor={sessions.data.nextCursor ?? null}
        fetching={sessions.isFetching}
        onPrevious={paging.previous}
        onNext={paging.next}
      />
      <ConfirmModal
        show={ending !== null}
        title="End session"
        confirmLabel="End session"
        pending={endSession.isPending}
        error={endSession.error}
        onClose={close}
        onConfirm={() =>
          ending &&
          endSession.mutate(ending.id, {
            onSuccess: () => {
              close();
              setFlash('Session ended. That device has to sign in again.');
            },
          })
        }
      >
        End the session of <strong>{shortenUserAgent(ending?.userAgent)}</strong> from {ending?.ip ?? 'an unknown IP'}? That device is
        signed out at once.
      </ConfirmModal>
    </>
  );
}
