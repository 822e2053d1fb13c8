import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

/**
 * The results page's text box and its `q` parameter: typing updates the URL once it pauses (replacing the history
 * entry), and a new `q` from outside (the palette, Back) replaces the text. Returns [text, setText, q in the URL].
 */
export function useQueryParam(delayMs = 300): [string, (text: string) => void, string] {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlQ = searchParams.get('q') ?? '';
  const [text, setText] = useState(urlQ);
  const [seen, setSeen] = useState(urlQ);
  if (urlQ !== seen) {
    setSeen(urlQ);
    if (urlQ !== text.trim()) setText(urlQ);
  }

  const debounced = useDebouncedValue(text.trim(), delayMs);
  // Only a change of the typed text writes the URL: the URL's own change must not be undone by a late debounce.
  const written = useRef(debounced);
  useEffect(() => {
    if (debounced === written.current) return;
    written.current = debounced;
    setSearchParams(
      (prev) => {
        if ((prev.get('q') ?? '') === debounced) return prev;
        const next = new URLSearchParams(prev);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setSearchParams]);

  return [text, setText, urlQ];
}
