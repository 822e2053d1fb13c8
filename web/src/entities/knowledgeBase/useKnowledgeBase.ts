import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { JsonOf, paths } from '../../api/types';
import { hasStatus } from '../../lib/problem';

/** The MSP knowledge base: its `orgId` for the docs routes, its name, and the caller's permissions there. */
export type KnowledgeBase = JsonOf<paths['/api/v1/docs/knowledge-base']['get']['responses'][200]>;

export const knowledgeBaseKey = ['knowledge-base'] as const;

/** Where the MSP knowledge base lives in the SPA: outside every organisation (it has no organisation page). */
export const KNOWLEDGE_BASE_PATH = '/kb';

export const knowledgeBaseArticlePath = (articleId: string) => `${KNOWLEDGE_BASE_PATH}/articles/${articleId}`;

/** The knowledge base, or null when the caller may not read it (the API answers 404). */
export async function getKnowledgeBase(signal?: AbortSignal): Promise<KnowledgeBase | null> {
  try {
    return unwrap(await api.GET('/api/v1/docs/knowledge-base', { signal }));
  } catch (e) {
    if (hasStatus(e, 404)) return null;
    throw e;
  }
}

/**
 * The MSP knowledge base for the navigation, its pages and the links to its articles (search). Its permissions come
 * from this answer: /me knows nothing of it, since it is no organisation of the caller's.
 */
export function useKnowledgeBase(enabled = true) {
  return useQuery({ queryKey: knowledgeBaseKey, queryFn: ({ signal }) => getKnowledgeBase(signal), enabled, staleTime: 5 * 60_000 });
}

/**
 * The knowledge base as the app shell read it for its navigation entry, without asking again (null until then, or
 * when the caller may not read it): for pages that only link to it, such as search results.
 */
export function useKnownKnowledgeBase(): KnowledgeBase | null {
  return useKnowledgeBase(false).data ?? null;
}
