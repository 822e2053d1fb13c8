/** True when a key press belongs to a field being typed in: `/` must then type a slash, not open the palette. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Ctrl+K, or Cmd+K on macOS (accepted everywhere: both are what people try). */
export function isPaletteChord(e: KeyboardEvent): boolean {
  return e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
}

/** `/` on its own, outside a field. */
export function isPaletteSlash(e: KeyboardEvent): boolean {
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(e.target);
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
}

/** The palette's shortcut as this platform writes it. */
export function paletteShortcutLabel(): string {
  return isMac() ? '⌘K' : 'Ctrl+K';
}
