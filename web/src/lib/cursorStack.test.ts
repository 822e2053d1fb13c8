import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { canGoBack, currentCursor, initialCursorStack, pageNumber, popCursor, pushCursor, useCursorStack } from './cursorStack';

describe('cursor stack', () => {
  it('starts on the first page with no cursor', () => {
    expect(currentCursor(initialCursorStack)).toBeNull();
    expect(canGoBack(initialCursorStack)).toBe(false);
    expect(pageNumber(initialCursorStack)).toBe(1);
  });

  it('pushes next cursors and pops back to earlier pages', () => {
    const two = pushCursor(initialCursorStack, 'c2');
    const three = pushCursor(two, 'c3');
    expect(currentCursor(three)).toBe('c3');
    expect(pageNumber(three)).toBe(3);
    expect(currentCursor(popCursor(three))).toBe('c2');
    expect(currentCursor(popCursor(popCursor(three)))).toBeNull();
  });

  it('never pops past the first page and never mutates', () => {
    expect(popCursor(initialCursorStack)).toBe(initialCursorStack);
    const two = pushCursor(initialCursorStack, 'c2');
    popCursor(two);
    expect(two).toEqual([null, 'c2']);
  });
});

describe('useCursorStack', () => {
  it('pages forward and back, and starts over when the reset key changes', () => {
    const { result, rerender } = renderHook(({ k }) => useCursorStack(k), { initialProps: { k: 'q=a' } });
    expect(result.current.cursor).toBeNull();

    act(() => result.current.next('c2'));
    act(() => result.current.next('c3'));
    expect(result.current.cursor).toBe('c3');
    expect(result.current.page).toBe(3);

    act(() => result.current.previous());
    expect(result.current.cursor).toBe('c2');
    expect(result.current.hasPrevious).toBe(true);

    rerender({ k: 'q=b' });
    expect(result.current.cursor).toBeNull();
    expect(result.current.hasPrevious).toBe(false);

    act(() => result.current.next('d2'));
    expect(result.current.cursor).toBe('d2');
    expect(result.current.page).toBe(2);
  });
});
