import type { RouteObject } from 'react-router';

// Loaded on first visit: the palette and the top bar's box answer most searches.
export const searchRoutes: RouteObject[] = [{ path: 'search', lazy: async () => ({ Component: (await import('./components/SearchPage')).SearchPage }) }];

// The app shell's top bar shows these on every page.
export { CommandPalette } from './components/CommandPalette';
export { SearchBox } from './components/SearchBox';
