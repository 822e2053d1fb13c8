import { useQuery } from '@tanstack/react-query';
import { assetKeys } from './assetKeys';
import { listLocations } from './useLocations';

/** The API's largest page: enough locations for a select and for naming an asset's location. */
export const OPTIONS_LIMIT = 500;

/** Every location (up to OPTIONS_LIMIT) for selects, filters and names; `truncated` when there are more. */
export function useLocationOptions(orgId: string) {
  return useQuery({
    queryKey: assetKeys.locationOptions(orgId),
    queryFn: async ({ signal }) => {
      const page = await listLocations(orgId, { q: '', cursor: null, limit: OPTIONS_LIMIT }, signal);
      return { items: page.items, truncated: Boolean(page.nextCursor) };
    },
    staleTime: 60_000,
  });
}
