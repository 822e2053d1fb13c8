import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { MergeBody, MergeResult } from '../types';

export interface MergeArticleInput {
  orgId: string;
  articleId: string;
  body: MergeBody;
}

/**
 * Merges an edit made on `baseRevision` with what was saved since (nothing is saved): the merged text, or the lines
 * both sides changed differently, and the etag to save the result with.
 */
export async function mergeArticle({ orgId, articleId, body }: MergeArticleInput): Promise<MergeResult> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/docs/articles/{articleId}/merge', { params: { path: { orgId, articleId } }, body }));
}

export function useMergeArticle() {
  return useMutation({ mutationFn: mergeArticle });
}
