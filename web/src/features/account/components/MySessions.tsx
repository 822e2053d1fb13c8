import { useState } from 'react';
import { FlashAlert } from '../../../components/FlashAlert';
import { SessionsPanel } from '../../../entities/session/SessionsPanel';
import { useCursorStack } from '../../../lib/cursorStack';
import { useEndMySession } from '../api/useEndMySession';
import { useMySessions } from '../api/useMySessions';

const PAGE_SIZE = 20;

/** The signed-in user's sessions, newest first; any but this one can be ended. */
export function MySessions() {
  const paging = useCursorStack('my-sessions');
  const sessions = useMySessions({ cursor: paging.cursor, limit: PAGE_SIZE });
  const endSession = useEndMySession();
  const [flash, setFlash] = useState<string | null>(null);

  return (
    <>
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      <SessionsPanel
        query={sessions}
        paging={paging}
        label="My sessions"
        what="your sessions"
        whose="the session"
        consequence="That device is signed out at once."
        endSession={{
          ...endSession,
          end: (session, onEnded) => {
            setFlash(null);
            endSession.mutate(session.id, { onSuccess: onEnded });
          },
        }}
        onEnded={() => setFlash('Session ended. That device has to sign in again.')}
      />
    </>
  );
}
