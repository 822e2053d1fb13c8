import { api, unwrap } from '../../../api/client';
import type { Article } from '../types';
import { useArticleWrite } from './useSaveArticle';

export interface RestoreRevisionInput {
  orgId: string;
  articleId: string;
  number: number;
}

/** Writes an earlier revision as a new one (409 when the article already reads as it). */
export async function restoreRevision({ orgId, articleId, number }: RestoreRevisionInput): Promise<Article> {
  return unwrap(
    await api.POST('/api/v1/orgs/{orgId}/docs/articles/{articleId}/revisions/{number}/restore', {
      params: { path: { orgId, articleId, number } },
    }),
  );
}

export const useRestoreRevision = () => useArticleWrite(restoreRevision);
