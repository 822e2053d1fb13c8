/** How long a revealed or copied secret stays visible or on the clipboard. */
export const SECRET_TTL_SECONDS = 30;

/** How long the last word of a copy ("Clipboard cleared", "Username copied") stays on screen. */
export const NOTICE_LINGER_MS = 4000;

/**
 * What happened when the time was up: `cleared` (we emptied it), `replaced` (it held something else by then, so it
 * was left alone) or `unavailable` (the browser let us neither read it nor, without focus, write it).
 */
export type ClearOutcome = 'cleared' | 'replaced' | 'unavailable';

/**
 * Empties the clipboard if it still holds `value`. When the browser will not let us read it back, we clear it
 * anyway, but only while this document has focus: then the person is still here and the 30 seconds since our
 * copy are too short for much else to have landed there; without focus they may be copying in another window.
 */
export async function clearClipboardIfHolding(value: string): Promise<ClearOutcome> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return 'unavailable';
  let current: string | null;
  try {
    current = await clipboard.readText();
  } catch {
    current = null;
  }
  if (current !== null && current !== value) return 'replaced';
  if (current === null && !document.hasFocus()) return 'unavailable';
  try {
    await clipboard.writeText('');
    return 'cleared';
  } catch {
    return 'unavailable';
  }
}

/** The one notice about the last copy: a new copy replaces it, wherever on the page it was made. */
export interface CopyNotice {
  /** Tells one copy from the next. */
  id: number;
  /** Which copy control made it (React's useId), so only that one shows it. */
  owner: string;
  /** What was copied, as a sentence starts: "Password", "Username", "One-time code". */
  what: string;
  state: 'copied' | ClearOutcome;
  /** When the clipboard is cleared (epoch ms); null for a value that is not secret. */
  clearsAt: number | null;
}

let notice: CopyNotice | null = null;
let lastId = 0;
// The clearing still to come for the last secret copied. Any later copy writes over that secret, so it cancels
// this: otherwise its timer, unable to read the clipboard back, could wipe the newer value early.
let pending: { clearNow: () => void; cancel: () => void } | null = null;
const listeners = new Set<() => void>();

function publish(next: CopyNotice | null) {
  notice = next;
  listeners.forEach((listener) => listener());
}

/** Updates the notice of copy `id`, unless a later copy has replaced it meanwhile. */
function update(id: number, next: CopyNotice | null) {
  if (notice?.id === id) publish(next);
}

export function subscribeCopyNotice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getCopyNotice(): CopyNotice | null {
  return notice;
}

/** Clears the clipboard at once ("Clear now" on the notice) instead of waiting for the countdown. */
export function clearCopiedNow(): void {
  pending?.clearNow();
}

export interface CopyOptions {
  owner: string;
  what: string;
  /** A secret is cleared from the clipboard after `ttlMs`; a username is not. */
  secret: boolean;
  ttlMs?: number;
}

/**
 * Puts `value` on the clipboard and publishes the notice. For a secret a timer, deliberately not tied to a
 * component so it still runs after the person navigates away, clears the clipboard when the time is up.
 * Throws when the browser refuses the write.
 */
export async function copyToClipboard(value: string, { owner, what, secret, ttlMs = SECRET_TTL_SECONDS * 1000 }: CopyOptions): Promise<void> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) throw new Error('This browser gives the page no access to the clipboard.');
  await clipboard.writeText(value);
  pending?.cancel();
  pending = null;
  const mine: CopyNotice = { id: ++lastId, owner, what, state: 'copied', clearsAt: secret ? Date.now() + ttlMs : null };
  publish(mine);
  const dismissLater = () => setTimeout(() => update(mine.id, null), NOTICE_LINGER_MS);
  if (!secret) {
    dismissLater();
    return;
  }
  const clear = async () => {
    if (pending !== self) return;
    pending = null;
    clearTimeout(timer);
    const state = await clearClipboardIfHolding(value);
    update(mine.id, { ...mine, state });
    dismissLater();
  };
  const self = { clearNow: () => void clear(), cancel: () => clearTimeout(timer) };
  pending = self;
  const timer = setTimeout(self.clearNow, ttlMs);
}
