import type { SearchParams } from '../types';

/** Global search: the palette, the top bar and the results page (their answers never outlive a minute). */
export const searchKeys = {
  all: ['search'] as const,
  results: (params: SearchParams) => [...searchKeys.all, params] as const,
};
