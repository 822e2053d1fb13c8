import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from './useDebouncedValue';

/** A text box whose URL parameter (and so the query) follows once typing pauses. */
export function useDebouncedParam(name: string, delayMs = 300): [input: string, setInput: (value: string) => void, current: string] {
  const [searchParams, setSearchParams] = useSearchParams();
  const current = searchParams.get(name) ?? '';
  const [input, setInput] = useState(current);
  const debounced = useDebouncedValue(input.trim(), delayMs);
  useEffect(() => {
    if (debounced === current) return;
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced) next.set(name, debounced);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }, [debounced, current, name, setSearchParams]);
  return [input, setInput, current];
}
