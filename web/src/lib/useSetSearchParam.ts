import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A setter for one URL parameter at a time: a non-empty value sets it, an empty one removes it; the other parameters
 * stay, and the history entry is replaced rather than pushed. Narrow `Name` to restrict which parameters a page may set.
 */
export function useSetSearchParam<Name extends string = string>(): (name: Name, value: string) => void {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (name: Name, value: string) =>
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
}
