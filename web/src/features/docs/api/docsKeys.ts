import type { QueryClient } from '@tanstack/react-query';
import type { ArticleListParams, DiagramListParams } from '../types';

/** Every read of an organisation's knowledge base sits under `all(orgId)`. */
export const docsKeys = {
  all: (orgId: string) => ['docs', orgId] as const,
  lists: (orgId: string) => [...docsKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: ArticleListParams) => [...docsKeys.lists(orgId), params] as const,
  /** An article and everything read about it: its revisions, their contents and diffs. */
  article: (orgId: string, articleId: string) => [...docsKeys.all(orgId), 'article', articleId] as const,
  detail: (orgId: string, articleId: string) => [...docsKeys.article(orgId, articleId), 'detail'] as const,
  revisions: (orgId: string, articleId: string, cursor: string | null) => [...docsKeys.article(orgId, articleId), 'revisions', cursor] as const,
  revision: (orgId: string, articleId: string, number: number) => [...docsKeys.article(orgId, articleId), 'revision', number] as const,
  diff: (orgId: string, articleId: string, from: number, to: number) => [...docsKeys.article(orgId, articleId), 'diff', from, to] as const,
  folders: (orgId: string) => [...docsKeys.all(orgId), 'folders'] as const,
  templates: (orgId: string) => [...docsKeys.all(orgId), 'templates'] as const,
  preview: (orgId: string, body: string) => [...docsKeys.all(orgId), 'preview', body] as const,
  /** The review queue and its count (the Docs page's badge). */
  reviews: (orgId: string) => [...docsKeys.all(orgId), 'reviews'] as const,
  reviewList: (orgId: string, cursor: string | null, limit: number) => [...docsKeys.reviews(orgId), cursor, limit] as const,
  /** How many articles are in no folder: under folders, so whatever refreshes the folder counts refreshes it. */
  unfiledCount: (orgId: string) => [...docsKeys.folders(orgId), 'unfiled-count'] as const,
  diagramLists: (orgId: string) => [...docsKeys.all(orgId), 'diagram-list'] as const,
  diagramList: (orgId: string, params: DiagramListParams) => [...docsKeys.diagramLists(orgId), params] as const,
  /** A diagram and everything read about it: its revisions and previews. */
  diagram: (orgId: string, diagramId: string) => [...docsKeys.all(orgId), 'diagram', diagramId] as const,
  diagramDetail: (orgId: string, diagramId: string) => [...docsKeys.diagram(orgId, diagramId), 'detail'] as const,
  diagramRevisions: (orgId: string, diagramId: string, cursor: string | null) => [...docsKeys.diagram(orgId, diagramId), 'revisions', cursor] as const,
  /** A preview image: the current one (revision null) changes with every save, a revision's never. */
  diagramPreview: (orgId: string, diagramId: string, revision: number | null, etag: string) =>
    [...docsKeys.diagram(orgId, diagramId), 'preview', revision, etag] as const,
};

/**
 * After an article is written: its own reads, every list (titles, counts, "linked from" of other articles), the
 * folder counts and the review queue (a save may be a draft for review, an approval empties a row).
 */
export function refreshArticleViews(queryClient: QueryClient, orgId: string, articleId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: docsKeys.article(orgId, articleId) }),
    queryClient.invalidateQueries({ queryKey: docsKeys.lists(orgId) }),
    queryClient.invalidateQueries({ queryKey: docsKeys.folders(orgId) }),
    queryClient.invalidateQueries({ queryKey: docsKeys.reviews(orgId) }),
  ]);
}

/** After a diagram is written: its own reads, the diagram lists and the folder counts. */
export function refreshDiagramViews(queryClient: QueryClient, orgId: string, diagramId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: docsKeys.diagram(orgId, diagramId) }),
    queryClient.invalidateQueries({ queryKey: docsKeys.diagramLists(orgId) }),
    queryClient.invalidateQueries({ queryKey: docsKeys.folders(orgId) }),
  ]);
}
