import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import type { Article } from '../types';
import { useArticleWrite } from './useSaveArticle';

export interface ReviewRevisionInput extends EtagWrite {
  articleId: string;
  number: number;
  decision: 'approve' | 'reject';
  /** Said to the author; required to reject. */
  comment?: string;
}

/**
 * Approves a draft (it becomes the published text) or rejects it with a comment, with the article's etag: 412 when
 * the article changed since it was read, 409 when the draft is no longer pending or (approve) was written on a
 * revision older than the one published now.
 */
export async function reviewRevision({ orgId, articleId, number, decision, comment, etag }: ReviewRevisionInput): Promise<Article> {
  const options = { params: { path: { orgId, articleId, number }, header: ifMatch(etag) }, body: comment?.trim() ? { comment: comment.trim() } : {} };
  return unwrap(
    decision === 'approve'
      ? await api.POST('/api/v1/orgs/{orgId}/docs/articles/{articleId}/revisions/{number}/approve', options)
      : await api.POST('/api/v1/orgs/{orgId}/docs/articles/{articleId}/revisions/{number}/reject', options),
  );
}

export const useReviewRevision = () => useArticleWrite(reviewRevision);
