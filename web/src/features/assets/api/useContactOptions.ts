import { useQuery } from '@tanstack/react-query';
import { OPTIONS_LIMIT } from '../../../entities/location/useLocations';
import { contactKeys } from './contactKeys';
import { listContacts } from './useContacts';

/** Every contact (up to OPTIONS_LIMIT) for the assignment select and for naming an asset's contact. */
export function useContactOptions(orgId: string) {
  return useQuery({
    queryKey: contactKeys.options(orgId),
    queryFn: async ({ signal }) => {
      const page = await listContacts(orgId, { q: '', cursor: null, limit: OPTIONS_LIMIT }, signal);
      return { items: page.items, truncated: Boolean(page.nextCursor) };
    },
    staleTime: 60_000,
  });
}
