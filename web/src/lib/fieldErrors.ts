import { useEffect, useRef, useState } from 'react';

/** The controls a failed submit marks: Bootstrap's `.is-invalid` or an explicit aria-invalid. */
const INVALID = 'input.is-invalid, select.is-invalid, textarea.is-invalid, [aria-invalid="true"]';

/**
 * Focuses the first invalid control inside `root` (document order) and scrolls it to the middle of the screen.
 * Returns whether there was one.
 */
export function focusFirstInvalid(root: ParentNode): boolean {
  const first = Array.from(root.querySelectorAll<HTMLElement>(INVALID)).find((el) => !el.hasAttribute('disabled') && !el.closest('[hidden], .d-none'));
  if (!first) return false;
  first.focus({ preventScroll: true });
  first.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return true;
}

const pending = new Set<ParentNode>();

/**
 * Several fields learn of their errors in the same render: each asks, and once the render is on screen the first
 * invalid control of their form (or of the page, for a field outside one) gets the focus, once.
 */
export function requestErrorFocus(field: HTMLElement): void {
  const root: ParentNode = field.closest('form') ?? field.ownerDocument;
  if (pending.has(root)) return;
  pending.add(root);
  setTimeout(() => {
    pending.delete(root);
    focusFirstInvalid(root);
  }, 0);
}

/**
 * A field's error as a person should see it: shown when a submit fails (and the form's first invalid field takes
 * the focus), hidden as soon as they change that field, shown again by the next failed submit.
 */
export function useFieldError<T extends HTMLElement>(error: string | undefined) {
  const ref = useRef<T>(null);
  const [cleared, setCleared] = useState<string | null>(null);
  const [seen, setSeen] = useState(error);
  if (seen !== error) {
    // A new answer from the API (the error went away while the submit ran, or changed): show it.
    setSeen(error);
    setCleared(null);
  }

  useEffect(() => {
    if (error && ref.current) requestErrorFocus(ref.current);
  }, [error]);

  // A submit with the same client-side message shows it again.
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    const reset = () => setCleared(null);
    form.addEventListener('submit', reset);
    return () => form.removeEventListener('submit', reset);
  }, []);

  return {
    ref,
    error: error && cleared !== error ? error : undefined,
    /** Call from the control's change handler. */
    clear: () => {
      if (error) setCleared(error);
    },
  };
}
