import { useId, useState, useSyncExternalStore } from 'react';
import { copyToClipboard, getCopyNotice, subscribeCopyNotice, type CopyNotice } from './clipboard';
import { errorMessage, hasProblemType } from './problem';

export interface CopyControl {
  /** Fetches the value (which may ask for re-authentication), copies it and starts the notice. */
  copy: (getValue: () => string | Promise<string>) => Promise<void>;
  /** The value is being fetched or written. */
  busy: boolean;
  /** Why the last copy from this control failed, in a sentence. */
  error: string | null;
  dismissError: () => void;
  /** The page's copy notice when this control made it; null when another copy replaced it. */
  notice: CopyNotice | null;
}

function failure(error: unknown): string {
  if (hasProblemType(error, 'reauth-required')) return 'Not copied: your password was not confirmed.';
  if (error instanceof DOMException || (error instanceof Error && error.name === 'NotAllowedError')) {
    return 'Could not copy: the browser refused access to the clipboard.';
  }
  return `Could not copy: ${errorMessage(error)}`;
}

/**
 * One copy control (a button in a list row or beside a value): fetch the value only when asked, put it on the
 * clipboard without showing it and, for a secret, clear it again after 30 seconds (src/lib/clipboard.ts).
 */
export function useCopyToClipboard(what: string, secret: boolean): CopyControl {
  const owner = useId();
  const notice = useSyncExternalStore(subscribeCopyNotice, getCopyNotice);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function copy(getValue: () => string | Promise<string>) {
    setError(null);
    setBusy(true);
    try {
      const value = await getValue();
      await copyToClipboard(value, { owner, what, secret });
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  }

  return { copy, busy, error, dismissError: () => setError(null), notice: notice?.owner === owner ? notice : null };
}
