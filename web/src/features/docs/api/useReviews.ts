import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ReviewPage } from '../types';
import { docsKeys } from './docsKeys';

export async function listReviews(orgId: string, cursor: string | null, limit: number, signal?: AbortSignal): Promise<ReviewPage> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/reviews', { params: { path: { orgId }, query: { limit, ...(cursor ? { cursor } : {}) } }, signal }));
}

/** The changes waiting for review, oldest first (the longest waiting at the top), a page at a time. */
export function useReviews(orgId: string, cursor: string | null, limit: number) {
  return useQuery({
    queryKey: docsKeys.reviewList(orgId, cursor, limit),
    queryFn: ({ signal }) => listReviews(orgId, cursor, limit, signal),
    placeholderData: keepPreviousData,
  });
}

/** The largest page: the badge counts up to it and says "500+" beyond. */
const COUNT_LIMIT = 500;

/** How many changes wait for review, for the Docs page's badge: `{ count, more }` (more: at least that many). */
export function useReviewCount(orgId: string, enabled = true) {
  return useQuery({
    queryKey: docsKeys.reviewList(orgId, null, COUNT_LIMIT),
    queryFn: ({ signal }) => listReviews(orgId, null, COUNT_LIMIT, signal),
    select: (page) => ({ count: page.items.length, more: Boolean(page.nextCursor) }),
    enabled,
  });
}
