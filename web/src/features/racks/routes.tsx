import type { RouteObject } from 'react-router';

// Loaded on first visit, like the other organisation pages. The static segment (panels) outranks :rackId.
export const rackRoutes: RouteObject[] = [
  { path: 'orgs/:orgId/racks', lazy: async () => ({ Component: (await import('./components/RacksPage')).RacksPage }) },
  { path: 'orgs/:orgId/racks/panels', lazy: async () => ({ Component: (await import('./components/PatchPanelsPage')).PatchPanelsPage }) },
  { path: 'orgs/:orgId/racks/:rackId', lazy: async () => ({ Component: (await import('./components/RackPage')).RackPage }) },
];
