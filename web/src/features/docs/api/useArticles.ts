import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ArticleListParams, ArticlePage } from '../types';
import { docsKeys } from './docsKeys';

export async function listArticles(orgId: string, params: ArticleListParams, signal?: AbortSignal): Promise<ArticlePage> {
  const { folder } = params;
  const query = {
    limit: params.limit,
    ...(params.sort !== 'title' ? { sort: params.sort } : {}),
    ...(params.q ? { q: params.q } : {}),
    ...(params.tag ? { tag: params.tag } : {}),
    ...(folder.kind === 'folder' ? { folderId: folder.id } : folder.kind === 'unfiled' ? { unfiled: true } : {}),
    ...(params.templates ? { templates: true } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/articles', { params: { path: { orgId }, query }, signal }));
}

/** A page of the knowledge base's articles (titles and tags, no bodies). */
export function useArticles(orgId: string, params: ArticleListParams, enabled = true) {
  return useQuery({
    queryKey: docsKeys.list(orgId, params),
    queryFn: ({ signal }) => listArticles(orgId, params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
