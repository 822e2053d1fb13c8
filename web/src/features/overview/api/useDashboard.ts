import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { meItemKeys } from '../../../entities/favourite/meItemKeys';

/** The home dashboard (under the favourites' key factory: a star or an opened page refreshes it). */
export function useDashboard() {
  return useQuery({
    queryKey: meItemKeys.dashboard(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/me/dashboard', { signal })),
  });
}
