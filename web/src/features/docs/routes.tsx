import type { RouteObject } from 'react-router';
import { KnowledgeBaseScope, OrgDocsScope } from './components/DocsScopes';

// Loaded on first visit, like the other organisation pages. The same pages serve a client's knowledge base and the
// MSP knowledge base: the layout above them says which (DocsScope).
const pages: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./components/DocsPage')).DocsPage }) },
  { path: 'new', lazy: async () => ({ Component: (await import('./components/ArticleEditorPage')).ArticleCreatePage }) },
  { path: 'articles/:articleId', lazy: async () => ({ Component: (await import('./components/ArticlePage')).ArticlePage }) },
  { path: 'articles/:articleId/edit', lazy: async () => ({ Component: (await import('./components/ArticleEditorPage')).ArticleEditPage }) },
  { path: 'reviews', lazy: async () => ({ Component: (await import('./components/ReviewQueuePage')).ReviewQueuePage }) },
  { path: 'articles/:articleId/review/:number', lazy: async () => ({ Component: (await import('./components/ReviewPage')).ReviewPage }) },
  { path: 'articles/:articleId/history', lazy: async () => ({ Component: (await import('./components/HistoryPage')).HistoryPage }) },
];

// Diagrams: in both knowledge bases too (their pages read the scope; the MSP's hides asset links, it has no assets).
const diagramPages: RouteObject[] = [
  { path: 'diagrams/new', lazy: async () => ({ Component: (await import('./components/DiagramEditorPage')).DiagramCreatePage }) },
  { path: 'diagrams/:diagramId', lazy: async () => ({ Component: (await import('./components/DiagramPage')).DiagramPage }) },
  { path: 'diagrams/:diagramId/edit', lazy: async () => ({ Component: (await import('./components/DiagramEditorPage')).DiagramEditPage }) },
  { path: 'diagrams/:diagramId/history', lazy: async () => ({ Component: (await import('./components/DiagramHistoryPage')).DiagramHistoryPage }) },
];

// Floor plans: a client's knowledge base only (their pages read :orgId from the address; the MSP's has nothing to pin).
const floorPlanPages: RouteObject[] = [
  { path: 'floor-plans/new', lazy: async () => ({ Component: (await import('./components/FloorPlanCreatePage')).FloorPlanCreatePage }) },
  { path: 'floor-plans/:floorPlanId', lazy: async () => ({ Component: (await import('./components/FloorPlanPage')).FloorPlanPage }) },
  { path: 'floor-plans/:floorPlanId/history', lazy: async () => ({ Component: (await import('./components/FloorPlanHistoryPage')).FloorPlanHistoryPage }) },
];

export const docsRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/docs', element: <OrgDocsScope />, children: [...pages, ...diagramPages, ...floorPlanPages] },
  { path: 'kb', element: <KnowledgeBaseScope />, children: [...pages, ...diagramPages] },
];
