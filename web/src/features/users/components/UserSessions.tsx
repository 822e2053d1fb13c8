import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage } from '../../../lib/problem';
import { ConfirmModal } from '../../account/components/ConfirmModal';
import { SessionsPager } from '../../account/components/SessionsPager';
import { SessionsTable } from '../../account/components/SessionsTable';
import type { Session } from '../../account/types';
import { shortenUserAgent } from '../../account/userAgent';
import { useEndUserSession } from '../api/useEndUserSession';
import { useUserSessions } from '../api/useUserSessions';

const PAGE_SIZE = 20;

/** A user's active sessions, each of which an administrator can end. */
export function UserSessions({ userId }: { userId: string }) {
  const paging = useCursorStack(userId);
  const sessions = useUserSessions(userId, { cursor: paging.cursor, limit: PAGE_SIZE });
  const endSession = useEndUserSession();
  const [ending, setEnding] = useState<Session | null>(null);

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
        <p className="mb-2">Could not load sessions: {errorMessage(sessions.error)}</p>
        <Button variant="outline-danger" size="sm" onClick={() => sessions.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  }

  const items = sessions.data.items;
  return (
    <>
      {items.length === 0 ? (
        <p className="text-body-secondary">No active sessions.</p>
      ) : (
        <SessionsTable sessions={items} busy={sessions.isFetching} label="User sessions" onEnd={setEnding} />
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
        onConfirm={() => ending && endSession.mutate({ userId, sessionId: ending.id }, { onSuccess: close })}
      >
        End this user's session of <strong>{shortenUserAgent(ending?.userAgent)}</strong> from {ending?.ip ?? 'an unknown IP'}? Its
        tokens stop working at once.
      </ConfirmModal>
    </>
  );
}
