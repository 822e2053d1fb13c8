import type { RouteObject } from 'react-router';

// Loaded on first visit, like the other organisation pages.
export const docsRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/docs', lazy: async () => ({ Component: (await import('./components/DocsPage')).DocsPage }) },
  { path: 'orgs/:orgId/docs/new', lazy: async () => ({ Component: (await import('./components/ArticleEditorPage')).ArticleCreatePage }) },
  { path: 'orgs/:orgId/docs/articles/:articleId', lazy: async () => ({ Component: (await import('./components/ArticlePage')).ArticlePage }) },
  { path: 'orgs/:orgId/docs/articles/:articleId/edit', lazy: async () => ({ Component: (await import('./components/ArticleEditorPage')).ArticleEditPage }) },
  { path: 'orgs/:orgId/docs/reviews', lazy: async () => ({ Component: (await import('./components/ReviewQueuePage')).ReviewQueuePage }) },
  { path: 'orgs/:orgId/docs/articles/:articleId/review/:number', lazy: async () => ({ Component: (await import('./components/ReviewPage')).ReviewPage }) },
  { path: 'orgs/:orgId/docs/articles/:articleId/history', lazy: async () => ({ Component: (await import('./components/HistoryPage')).HistoryPage }) },
  { path: 'orgs/:orgId/docs/diagrams/new', lazy: async () => ({ Component: (await import('./components/DiagramEditorPage')).DiagramCreatePage }) },
  { path: 'orgs/:orgId/docs/diagrams/:diagramId', lazy: async () => ({ Component: (await import('./components/DiagramPage')).DiagramPage }) },
  { path: 'orgs/:orgId/docs/diagrams/:diagramId/edit', lazy: async () => ({ Component: (await import('./components/DiagramEditorPage')).DiagramEditPage }) },
  { path: 'orgs/:orgId/docs/diagrams/:diagramId/history', lazy: async () => ({ Component: (await import('./components/DiagramHistoryPage')).DiagramHistoryPage }) },
];
