import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CursorPaging } from '../lib/cursorStack';
import { QueryError } from './ErrorAlert';
import { EmptyState, Loading } from './Loading';
import { Pager } from './Pager';
import { RowCount } from './RowCount';

export const ORG_NOT_FOUND = 'This organisation does not exist or you cannot access it.';

export interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is loading, for "Loading <what>…" and "Could not load <what>: …". */
  what: string;
  /**
   * One of an organisation's lists: a 404 means the organisation is gone (or not the user's), a 403 that the user
   * lacks the permission to see `what`.
   */
  inOrg?: boolean;
  /** Said for a 404 (the record or its organisation is gone, or not the user's to see). */
  notFound?: ReactNode;
  /** Said for a missing permission (403), before the API's message. */
  forbidden?: ReactNode;
  /** A spinner in place (sections, cards) instead of a centred block. */
  inline?: boolean;
  /** Shown in the error alert, e.g. a link back to the list. */
  errorFooter?: ReactNode;
  children: (data: T) => ReactNode;
}

/** A query's three states: a spinner while it loads, its problem details when it fails, else `children(data)`. */
export function QueryState<T>({ query, what, inOrg = false, notFound, forbidden, inline, errorFooter, children }: QueryStateProps<T>) {
  if (query.isPending) return <Loading label={`Loading ${what}…`} inline={inline} />;
  if (query.isError) {
    return (
      <QueryError
        error={query.error}
        what={what}
        notFound={notFound ?? (inOrg ? ORG_NOT_FOUND : undefined)}
        forbidden={forbidden ?? (inOrg ? `You do not have permission to see ${what}` : undefined)}
        onRetry={() => void query.refetch()}
      >
        {errorFooter}
      </QueryError>
    );
  }
  return <>{children(query.data)}</>;
}

/** One page of a keyset-paged list, as every list endpoint answers. */
export interface CursorPage<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface PagedListProps<T> extends Omit<QueryStateProps<CursorPage<T>>, 'children' | 'errorFooter'> {
  paging: CursorPaging;
  /** Said when the first page is empty; a string is shown muted and centred. */
  empty: ReactNode;
  /** Names the pager when a page has more than one list. */
  pagerLabel?: string;
  /** The list's page size: the row count then says which rows ("51–100"); without it, how many ("12 shown"). */
  pageSize?: number;
  /** The rows of the current page; `busy` while another page or a refresh loads. */
  children: (items: T[], busy: boolean) => ReactNode;
}

/** Every server-paged list: loading, error, empty, then the rows and the pager. */
export function PagedList<T>({ query, paging, empty, pagerLabel, pageSize, inline, children, ...states }: PagedListProps<T>) {
  return (
    <QueryState query={query} inline={inline} {...states}>
      {(page) =>
        page.items.length === 0 && !paging.hasPrevious ? (
          typeof empty === 'string' ? <EmptyState compact={inline}>{empty}</EmptyState> : empty
        ) : (
          <>
            <RowCount paging={paging} pageSize={pageSize} count={page.items.length} hasMore={Boolean(page.nextCursor)} />
            {children(page.items, query.isFetching)}
            <Pager paging={paging} nextCursor={page.nextCursor} busy={query.isFetching} label={pagerLabel} />
          </>
        )
      }
    </QueryState>
  );
}
