import { useQueries } from '@tanstack/react-query';
import { rackKeys } from '../../../entities/rack/rackKeys';
import { getElevation } from './useElevation';

/**
 * The names of the given racks, by id, read through each rack's elevation (the API has no rack by id otherwise): a
 * page of panels names a handful of racks, whatever the number of racks, and the rack page shares these reads.
 */
export function useRackNames(orgId: string, rackIds: readonly string[]): Map<string, string> {
  const ids = [...new Set(rackIds)];
  return useQueries({
    queries: ids.map((rackId) => ({
      queryKey: rackKeys.elevation(orgId, rackId),
      queryFn: ({ signal }: { signal: AbortSignal }) => getElevation(orgId, rackId, signal),
      staleTime: 60_000,
    })),
    combine: (results) => new Map(results.flatMap((r, i) => (r.data ? [[ids[i], r.data.rack.name] as const] : []))),
  });
}
