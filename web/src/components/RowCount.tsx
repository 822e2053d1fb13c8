import type { CursorPaging } from '../lib/cursorStack';

/**
 * Which rows a keyset-paged page shows. The API does not count (a count over a large organisation costs more than the
 * page), so the total is known only on the last page: "1–50 shown, more on the next page", "51–73 of 73", "12 shown".
 */
export function rowRange(page: number, pageSize: number | undefined, count: number, hasMore: boolean): string {
  if (!pageSize || (page === 1 && !hasMore)) return `${count.toLocaleString()} shown`;
  const from = (page - 1) * pageSize + 1;
  const to = from + count - 1;
  const range = `${from.toLocaleString()}–${to.toLocaleString()}`;
  return hasMore ? `${range} shown, more on the next page` : `${range} of ${to.toLocaleString()}`;
}

export interface RowCountProps {
  paging: CursorPaging;
  pageSize?: number;
  count: number;
  hasMore: boolean;
}

/** The row range of a paged list, above its rows. */
export function RowCount({ paging, pageSize, count, hasMore }: RowCountProps) {
  return <p className="small text-body-secondary mb-1">{rowRange(paging.page, pageSize, count, hasMore)}</p>;
}
