import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import type { Article, CreateArticleBody, UpdateArticleBody } from '../types';
import { docsKeys, refreshArticleViews } from './docsKeys';

export async function createArticle({ orgId, body }: { orgId: string; body: CreateArticleBody }): Promise<Article> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/docs/articles', { params: { path: { orgId } }, body }));
}

export interface UpdateArticleInput extends EtagWrite {
  articleId: string;
  changes: UpdateArticleBody;
}

/** A stale etag answers 412: someone saved a newer revision since the editor read the article. */
export async function updateArticle({ orgId, articleId, etag, changes }: UpdateArticleInput): Promise<Article> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/docs/articles/{articleId}', { params: { path: { orgId, articleId }, header: ifMatch(etag) }, body: changes }),
  );
}

/** A write that answers the article: every view of it refreshes, and its page shows the answer at once. */
export function useArticleWrite<TInput extends { orgId: string }>(write: (input: TInput) => Promise<Article>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (article, { orgId }) => {
      await refreshArticleViews(queryClient, orgId, article.id);
      queryClient.setQueryData(docsKeys.detail(orgId, article.id), article);
    },
  });
}

export const useCreateArticle = () => useArticleWrite(createArticle);
export const useUpdateArticle = () => useArticleWrite(updateArticle);
