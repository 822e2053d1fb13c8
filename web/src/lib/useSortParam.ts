import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useSetSearchParam } from './useSetSearchParam';

/**
 * A list's order, from the URL's `sort` parameter. The first of `sorts` is the default: choosing it removes the
 * parameter, and an unknown value falls back to it.
 */
export function useSortParam<T extends string>(sorts: readonly { value: T }[]): [sort: T, setSort: (value: string) => void] {
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const fallback = sorts[0].value;
  const sort = sorts.find((s) => s.value === searchParams.get('sort'))?.value ?? fallback;
  const setSort = useCallback((value: string) => setParam('sort', value === fallback ? '' : value), [setParam, fallback]);
  return [sort, setSort];
}

/** The order of a list the API sorts by name only. */
export const nameSorts = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: '-name', label: 'Name (Z–A)' },
] as const;
