/** A person's favourites and recently opened items, and the home dashboard that shows them: one factory, so a star refreshes both. */
export const meItemKeys = {
  all: ['me-items'] as const,
  favourites: () => [...meItemKeys.all, 'favourites'] as const,
  dashboard: () => [...meItemKeys.all, 'dashboard'] as const,
};
