import { SessionsPanel } from '../../../entities/session/SessionsPanel';
import { useCursorStack } from '../../../lib/cursorStack';
import { useEndUserSession } from '../api/useEndUserSession';
import { useUserSessions } from '../api/useUserSessions';

const PAGE_SIZE = 20;

/** A user's active sessions, each of which an administrator can end. */
export function UserSessions({ userId }: { userId: string }) {
  const paging = useCursorStack(userId);
  const sessions = useUserSessions(userId, { cursor: paging.cursor, limit: PAGE_SIZE });
  const endSession = useEndUserSession();
  return (
    <SessionsPanel
      query={sessions}
      paging={paging}
      label="User sessions"
      what="sessions"
      whose="this user's session"
      consequence="Its tokens stop working at once."
      endSession={{ ...endSession, end: (session, onEnded) => endSession.mutate({ userId, sessionId: session.id }, { onSuccess: onEnded }) }}
    />
  );
}
