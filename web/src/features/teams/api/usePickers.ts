import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { orgKeys } from '../../../entities/org/orgKeys';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';

/** Matches offered at once; typing finds the others. */
export const PICKER_SIZE = 20;

/** Users matching the (debounced) search, for the member picker; under the users lists' key, so a new user shows up. */
export function useUserMatches(search: string) {
  const q = useDebouncedValue(search.trim(), 250);
  return useQuery({
    queryKey: ['users', 'list', 'picker', q],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/users', { params: { query: { limit: PICKER_SIZE, sort: 'email', active: true, ...(q ? { q } : {}) } }, signal })),
  });
}

/** Organisations matching the (debounced) search, for the grant form. */
export function useOrgMatches(search: string) {
  const q = useDebouncedValue(search.trim(), 250);
  return useQuery({
    queryKey: [...orgKeys.lists(), 'picker', q],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/orgs', { params: { query: { limit: PICKER_SIZE, sort: 'name', status: 'active', ...(q ? { q } : {}) } }, signal })),
  });
}
