import { useCallback, useState } from 'react';

/**
 * Cursor paging has no page numbers: the stack holds the cursor of every page visited so far,
 * `null` being the first page. "Next" pushes the server's nextCursor, "Previous" pops.
 */
export type CursorStack = readonly (string | null)[];

export const initialCursorStack: CursorStack = [null];

export function currentCursor(stack: CursorStack): string | null {
  return stack[stack.length - 1] ?? null;
}

export function pushCursor(stack: CursorStack, next: string): CursorStack {
  return [...stack, next];
}

export function popCursor(stack: CursorStack): CursorStack {
  return stack.length > 1 ? stack.slice(0, -1) : stack;
}

export function canGoBack(stack: CursorStack): boolean {
  return stack.length > 1;
}

/** 1-based number of the page being shown. */
export function pageNumber(stack: CursorStack): number {
  return Math.max(1, stack.length);
}

/** The stack starts over whenever `resetKey` changes (a new search, filter or sort). */
export function useCursorStack(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: CursorStack }>({ key: resetKey, stack: initialCursorStack });
  const stack = state.key === resetKey ? state.stack : initialCursorStack;

  const next = useCallback(
    (cursor: string) => setState((s) => ({ key: resetKey, stack: pushCursor(s.key === resetKey ? s.stack : initialCursorStack, cursor) })),
    [resetKey],
  );
  const previous = useCallback(
    () => setState((s) => ({ key: resetKey, stack: popCursor(s.key === resetKey ? s.stack : initialCursorStack) })),
    [resetKey],
  );

  return {
    cursor: currentCursor(stack),
    page: pageNumber(stack),
    hasPrevious: canGoBack(stack),
    next,
    previous,
  };
}

/** The paging state a list hands to its pager. */
export type CursorPaging = ReturnType<typeof useCursorStack>;
