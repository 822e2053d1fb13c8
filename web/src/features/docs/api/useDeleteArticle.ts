import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { docsKeys } from './docsKeys';

export interface DeleteArticleInput extends EtagWrite {
  articleId: string;
}

export async function deleteArticle({ orgId, articleId, etag }: DeleteArticleInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/docs/articles/{articleId}', { params: { path: { orgId, articleId }, header: ifMatch(etag) } }));
}

/** Deletes an article with its revisions; other articles' "linked from" and the folder counts change with it. */
export function useDeleteArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteArticle,
    onSuccess: (_, { orgId, articleId }) => {
      queryClient.removeQueries({ queryKey: docsKeys.article(orgId, articleId) });
      return queryClient.invalidateQueries({ queryKey: docsKeys.all(orgId) });
    },
  });
}
