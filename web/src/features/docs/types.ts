import type { JsonOf, paths } from '../../api/types';

type Docs = '/api/v1/orgs/{orgId}/docs';

export type Article = JsonOf<paths[`${Docs}/articles/{articleId}`]['get']['responses'][200]>;
export type ArticlePage = JsonOf<paths[`${Docs}/articles`]['get']['responses'][200]>;
export type ArticleSummary = ArticlePage['items'][number];
export type CreateArticleBody = JsonOf<NonNullable<paths[`${Docs}/articles`]['post']['requestBody']>>;
export type UpdateArticleBody = JsonOf<NonNullable<paths[`${Docs}/articles/{articleId}`]['patch']['requestBody']>>;
export type RevisionPage = JsonOf<paths[`${Docs}/articles/{articleId}/revisions`]['get']['responses'][200]>;
export type Revision = RevisionPage['items'][number];
export type RevisionContent = JsonOf<paths[`${Docs}/articles/{articleId}/revisions/{number}`]['get']['responses'][200]>;
export type ArticleDiff = JsonOf<paths[`${Docs}/articles/{articleId}/diff`]['get']['responses'][200]>;
export type DiffPart = ArticleDiff['body'][number];
export type TemplateList = JsonOf<paths[`${Docs}/templates`]['get']['responses'][200]>;
export type ArticleTemplate = TemplateList['items'][number];
export type DocFolderPage = JsonOf<paths[`${Docs}/folders`]['get']['responses'][200]>;
export type DocFolder = DocFolderPage['items'][number];
export type CreateDocFolderBody = JsonOf<NonNullable<paths[`${Docs}/folders`]['post']['requestBody']>>;
export type UpdateDocFolderBody = JsonOf<NonNullable<paths[`${Docs}/folders/{docFolderId}`]['patch']['requestBody']>>;
export type LinkedItem = Article['linkedItems'][number];
export type ReviewPage = JsonOf<paths[`${Docs}/reviews`]['get']['responses'][200]>;
export type Review = ReviewPage['items'][number];
export type ReviewBody = JsonOf<NonNullable<paths[`${Docs}/articles/{articleId}/revisions/{number}/approve`]['post']['requestBody']>>;
export type MergeBody = JsonOf<NonNullable<paths[`${Docs}/articles/{articleId}/merge`]['post']['requestBody']>>;
export type MergeResult = JsonOf<paths[`${Docs}/articles/{articleId}/merge`]['post']['responses'][200]>;
export type MergePart = MergeResult['parts'][number];

export const articleSorts = [
  { value: 'title', label: 'Title (A–Z)' },
  { value: '-title', label: 'Title (Z–A)' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: 'updatedAt', label: 'Least recently updated' },
] as const;
export type ArticleSort = (typeof articleSorts)[number]['value'];

/** The folder filter of the article list: every article, the ones in no folder, or one folder's. */
export type FolderChoice = { kind: 'all' } | { kind: 'unfiled' } | { kind: 'folder'; id: string };

export interface ArticleListParams {
  q: string;
  folder: FolderChoice;
  tag: string;
  sort: ArticleSort;
  cursor: string | null;
  limit: number;
  /** Only template articles (the editor's template chooser). */
  templates?: boolean;
}

/** The fields of the article editor; API field errors are matched against these. */
export const articleFormFields = ['title', 'body', 'summary', 'folderId', 'tags', 'assetIds', 'credentialIds', 'contactIds', 'isTemplate'] as const;
export type ArticleFormField = (typeof articleFormFields)[number];

export const folderFormFields = ['name', 'parentId'] as const;
export type FolderFormField = (typeof folderFormFields)[number];

export type Diagram = JsonOf<paths[`${Docs}/diagrams/{diagramId}`]['get']['responses'][200]>;
export type DiagramPage = JsonOf<paths[`${Docs}/diagrams`]['get']['responses'][200]>;
export type DiagramSummary = DiagramPage['items'][number];
export type CreateDiagramBody = JsonOf<NonNullable<paths[`${Docs}/diagrams`]['post']['requestBody']>>;
export type UpdateDiagramBody = JsonOf<NonNullable<paths[`${Docs}/diagrams/{diagramId}`]['patch']['requestBody']>>;
export type DiagramRevisionPage = JsonOf<paths[`${Docs}/diagrams/{diagramId}/revisions`]['get']['responses'][200]>;
export type DiagramRevision = DiagramRevisionPage['items'][number];

export const diagramSorts = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: '-name', label: 'Name (Z–A)' },
  { value: '-updatedAt', label: 'Recently updated' },
  { value: 'updatedAt', label: 'Least recently updated' },
] as const;
export type DiagramSort = (typeof diagramSorts)[number]['value'];

export interface DiagramListParams {
  q: string;
  folder: FolderChoice;
  sort: DiagramSort;
  cursor: string | null;
  limit: number;
}
