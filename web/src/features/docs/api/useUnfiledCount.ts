import { useQuery } from '@tanstack/react-query';
import { listArticles } from './useArticles';
import { docsKeys } from './docsKeys';

/** The largest page: the count is exact up to it, "500+" beyond. */
const COUNT_LIMIT = 500;

/**
 * How many articles are in no folder, for the folder tree's "Unfiled" entry (folders carry their own counts; the
 * API has no count of the rest): one page of titles, counted.
 */
export function useUnfiledCount(orgId: string, enabled = true) {
  return useQuery({
    queryKey: docsKeys.unfiledCount(orgId),
    queryFn: ({ signal }) => listArticles(orgId, { q: '', folder: { kind: 'unfiled' }, tag: '', sort: 'title', cursor: null, limit: COUNT_LIMIT }, signal),
    select: (page) => ({ count: page.items.length, more: Boolean(page.nextCursor) }),
    enabled,
  });
}
