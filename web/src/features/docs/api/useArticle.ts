import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Article } from '../types';
import { docsKeys } from './docsKeys';

export async function getArticle(orgId: string, articleId: string, signal?: AbortSignal): Promise<Article> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/articles/{articleId}', { params: { path: { orgId, articleId } }, signal }));
}

/** An article with its Markdown, its server-sanitised HTML and what it links to. */
export function useArticle(orgId: string, articleId: string, enabled = true) {
  return useQuery({
    queryKey: docsKeys.detail(orgId, articleId),
    queryFn: ({ signal }) => getArticle(orgId, articleId, signal),
    enabled: enabled && Boolean(articleId),
  });
}
