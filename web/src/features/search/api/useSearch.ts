import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { MIN_QUERY, type SearchParams, type SearchResponse } from '../types';
import { searchKeys } from './searchKeys';

export async function search(params: SearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  const query = {
    q: params.q,
    limit: params.limit,
    ...(params.types.length ? { types: params.types.join(',') } : {}),
    ...(params.orgId ? { orgId: params.orgId } : {}),
  };
  return unwrap(await api.GET('/api/v1/search', { params: { query }, signal }));
}

/**
 * Search results for `params` once q has two characters. Reading `signal` lets TanStack Query abort a request whose
 * text is already stale; the previous answer stays on screen while the next one loads.
 */
export function useSearch(params: SearchParams) {
  return useQuery({
    queryKey: searchKeys.results(params),
    queryFn: ({ signal }) => search(params, signal),
    enabled: params.q.length >= MIN_QUERY,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}
