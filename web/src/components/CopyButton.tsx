import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import Button from 'react-bootstrap/Button';
import CloseButton from 'react-bootstrap/CloseButton';
import { clearCopiedNow, SECRET_TTL_SECONDS, type CopyNotice } from '../lib/clipboard';
import { useCopyToClipboard } from '../lib/useCopyToClipboard';
import { useSecondsLeft } from '../lib/useSecondsLeft';

export interface CopyButtonProps {
  /** What is copied, as a sentence starts: "Password", "Username", "One-time code". */
  what: string;
  /** The button's accessible name when it must say more, e.g. "Copy password of Core router". */
  label?: string;
  /** The value, fetched only when the button is pressed (a reveal call may ask for re-authentication). */
  getValue: () => string | Promise<string>;
  /** A secret is cleared from the clipboard after 30 seconds and counted down in the notice. */
  secret?: boolean;
  /** The visible text beside the icon; none for a compact list row (the label is then the tooltip too). */
  text?: string | null;
  /** An icon saying what is copied, where several copy buttons stand side by side; the copy icon otherwise. */
  icon?: ReactNode;
  disabled?: boolean;
}

export function CopyIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
      <rect x="5.5" y="5.5" width="8" height="9" rx="1.5" />
      <path d="M3.5 10.5h-.25A1.25 1.25 0 0 1 2 9.25v-6.5A1.25 1.25 0 0 1 3.25 1.5h5.5A1.25 1.25 0 0 1 10 2.75V3" strokeLinecap="round" />
    </svg>
  );
}

/** What a screen reader hears once per change; the visible countdown is not announced every second. */
function announcement(notice: CopyNotice): string {
  switch (notice.state) {
    case 'copied':
      return notice.clearsAt === null ? `${notice.what} copied.` : `${notice.what} copied — clears in ${SECRET_TTL_SECONDS} s.`;
    case 'cleared':
      return 'Clipboard cleared.';
    case 'replaced':
      return 'The clipboard holds something else now, so it was left as it is.';
    case 'unavailable':
      return `The browser did not let the page clear the clipboard: copy something else to replace the ${notice.what.toLowerCase()}.`;
  }
}

function NoticeText({ notice }: { notice: CopyNotice }) {
  const secondsLeft = useSecondsLeft(notice.state === 'copied' ? notice.clearsAt : null, SECRET_TTL_SECONDS);
  if (notice.state !== 'copied' || notice.clearsAt === null) return <>{announcement(notice)}</>;
  return (
    <>
      {notice.what} copied — <span className="text-nowrap">clears in {secondsLeft ?? SECRET_TTL_SECONDS} s</span>
    </>
  );
}

/**
 * Copies a value without showing it: the shared control of the vault list and the credential page. The notice
 * ("Password copied — clears in 30 s", counting down) shows at the bottom of the window and is announced through
 * a polite live region; a new copy anywhere replaces it.
 */
export function CopyButton({ what, label = `Copy ${what.toLowerCase()}`, getValue, secret = true, text = 'Copy', icon = <CopyIcon />, disabled = false }: CopyButtonProps) {
  const { copy, busy, error, dismissError, notice } = useCopyToClipboard(what, secret);
  const toast = error ?? notice;

  return (
    <>
      <Button
        variant="outline-secondary"
        size="sm"
        className="d-inline-flex align-items-center gap-1"
        aria-label={label}
        title={text ? undefined : label}
        disabled={disabled || busy}
        onClick={() => void copy(getValue)}
      >
        {icon}
        {text && <span>{text}</span>}
      </Button>
      {/* Always present, so the change is announced; empty unless this control made the last copy. */}
      <span role="status" className="visually-hidden">
        {error ?? (notice ? announcement(notice) : '')}
      </span>
      {toast &&
        createPortal(
          <div className="position-fixed bottom-0 end-0 p-3" style={{ zIndex: 1090 }}>
            <div
              className={`toast show align-items-center border-0 ${error ? 'text-bg-danger' : 'text-bg-dark'}`}
              style={{ width: 'auto', maxWidth: 'calc(100vw - 2rem)' }}
              data-testid="copy-notice"
            >
              <div className="d-flex align-items-center gap-2 p-2 ps-3">
                <div className="me-auto">{error ?? (notice && <NoticeText notice={notice} />)}</div>
                {!error && notice?.state === 'copied' && notice.clearsAt !== null && (
                  <Button variant="outline-light" size="sm" className="text-nowrap" onClick={clearCopiedNow}>
                    Clear now
                  </Button>
                )}
                {error && <CloseButton variant="white" aria-label="Dismiss" onClick={dismissError} />}
              </div>
            </div>
          </div>,
          document.body,
        )}
    </>
  );
}
