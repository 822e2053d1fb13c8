import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';

/**
 * Asks before leaving a page with unsaved changes: inside the SPA with a dialog, closing or reloading the tab with
 * the browser's own. `leave(go)` runs a navigation that must not ask (after a save).
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  // Read when a navigation starts: a save navigates before the page re-renders as clean.
  const leaving = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const leave = useCallback((go: () => void) => {
    leaving.current = true;
    go();
  }, []);
  const dialog = (
    <ConfirmDialog
      show={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave and discard changes"
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      Your changes to this article are not saved. Leave the page and lose them?
    </ConfirmDialog>
  );
  return { dialog, leave };
}
