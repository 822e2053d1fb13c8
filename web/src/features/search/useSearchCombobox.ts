import { useEffect, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useKnownKnowledgeBase } from '../../entities/knowledgeBase/useKnowledgeBase';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useSearch } from './api/useSearch';
import { itemPath } from './itemPath';
import { MIN_QUERY, type SearchGroup, type SearchItem } from './types';

/** One choice of the listbox: a result, or the last one, "See all results". */
export interface SearchOption {
  id: string;
  path: string;
  item: SearchItem | null;
}

const QUICK_LIMIT = 5;
const DEBOUNCE_MS = 200;

export function resultsPath(q: string): string {
  return `/search?${new URLSearchParams({ q })}`;
}

/**
 * The state of a search combobox (palette or top bar): the typed text, the debounced query and its results, the
 * options in reading order across the groups and the active one, and the keys that move and open them.
 */
export function useSearchCombobox(idPrefix: string, onOpened: () => void) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const enough = q.length >= MIN_QUERY;
  const results = useSearch({ q, types: [], orgId: '', limit: QUICK_LIMIT });
  const kbOrgId = useKnownKnowledgeBase()?.orgId;

  const groups: SearchGroup[] = enough ? (results.data?.groups ?? []).filter((g) => g.items.length > 0) : [];
  const options: SearchOption[] = groups.flatMap((g) => g.items.map((item) => ({ id: `${idPrefix}-${item.type}-${item.id}`, path: itemPath(item, kbOrgId), item })));
  if (enough) options.push({ id: `${idPrefix}-all`, path: resultsPath(q), item: null });

  // The active option belongs to one query: new text starts again from none.
  const [activeState, setActiveState] = useState({ q: '', index: -1 });
  const active = activeState.q === q && activeState.index < options.length ? activeState.index : -1;
  const activeId = active >= 0 ? options[active].id : undefined;
  const setActive = (index: number) => setActiveState({ q, index });

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  // Cleared after each use: the same text typed again later starts from no active option, not the old one.
  function reset() {
    setText('');
    setActiveState({ q: '', index: -1 });
  }

  function open(option: SearchOption) {
    reset();
    onOpened();
    void navigate(option.path);
  }

  /** Arrow keys move through every group's options (wrapping), Enter opens; true when the key was used. */
  function onKeyDown(e: KeyboardEvent): boolean {
    const count = options.length;
    if (e.key === 'ArrowDown' && count > 0) {
      setActive(active + 1 >= count ? 0 : active + 1);
    } else if (e.key === 'ArrowUp' && count > 0) {
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      if (active >= 0) open(options[active]);
      else if (text.trim().length >= MIN_QUERY) open({ id: 'all', path: resultsPath(text.trim()), item: null });
      else return false;
    } else {
      return false;
    }
    e.preventDefault();
    return true;
  }

  return {
    text,
    setText,
    q,
    enough,
    results,
    groups,
    options,
    active,
    activeId,
    setActive,
    open,
    onKeyDown,
    reset,
    /** True while the shown results are not yet those of the text typed. */
    busy: enough && (results.isFetching || text.trim() !== q),
  };
}

export type SearchCombobox = ReturnType<typeof useSearchCombobox>;
