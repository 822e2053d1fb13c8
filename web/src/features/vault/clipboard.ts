/** How long a revealed or copied secret stays visible or on the clipboard. */
export const SECRET_TTL_SECONDS = 30;

/**
 * Clears the clipboard after `ms` if it still holds `value`. Best effort and deliberately not tied to a component,
 * so it still runs after the person navigates away. When the browser will not let us read the clipboard we
 * clear it anyway: leaving a password there is worse than wiping something copied in the last 30 seconds.
 */
export function scheduleClipboardClear(value: string, ms = SECRET_TTL_SECONDS * 1000): void {
  setTimeout(() => void clearClipboardIfHolding(value), ms);
}

export async function clearClipboardIfHolding(value: string): Promise<void> {
  const clipboard = navigator.clipboard;
  if (!clipboard) return;
  let current: string | null;
  try {
    current = await clipboard.readText();
  } catch {
    current = null;
  }
  if (current !== null && current !== value) return;
  try {
    await clipboard.writeText('');
  } catch {
    // The page lost focus or permission: nothing more we can do.
  }
}
