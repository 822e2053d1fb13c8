import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { docsKeys } from './docsKeys';

const PAGE_SIZE = 50;

/** An article's revisions, newest first, a page at a time. */
export function useRevisions(orgId: string, articleId: string, cursor: string | null) {
  return useQuery({
    queryKey: docsKeys.revisions(orgId, articleId, cursor),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/orgs/{orgId}/docs/articles/{articleId}/revisions', {
          params: { path: { orgId, articleId }, query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One revision's title, Markdown and HTML; revisions never change, so they are read once. */
export function useRevision(orgId: string, articleId: string, number: number | null) {
  return useQuery({
    queryKey: docsKeys.revision(orgId, articleId, number ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/articles/{articleId}/revisions/{number}', { params: { path: { orgId, articleId, number: number ?? 0 } }, signal })),
    enabled: number !== null,
    staleTime: Infinity,
  });
}

/** The word diff the server computes between two revisions. */
export function useArticleDiff(orgId: string, articleId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: docsKeys.diff(orgId, articleId, from ?? 0, to ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/orgs/{orgId}/docs/articles/{articleId}/diff', {
          params: { path: { orgId, articleId }, query: { from: from ?? 0, to: to ?? 0 } },
          signal,
        }),
      ),
    enabled: from !== null && to !== null && from !== to,
    staleTime: Infinity,
  });
}
