import { useQuery } from '@tanstack/react-query';
import { useObjectUrl } from '../../lib/useObjectUrl';
import { api, unwrap } from '../../api/client';
import { floorPlanKeys } from './floorPlanKeys';

/** A drawing (the current one, or a revision's) as a Blob, fetched with the bearer token like every API call. */
export async function getFloorPlanDrawing(orgId: string, floorPlanId: string, revision: number | null, type: string, signal?: AbortSignal): Promise<Blob> {
  const blob =
    revision === null
      ? unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}/drawing', { params: { path: { orgId, floorPlanId } }, parseAs: 'blob', signal }))
      : unwrap(
          await api.GET('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}/revisions/{number}/drawing', {
            params: { path: { orgId, floorPlanId, number: revision } },
            parseAs: 'blob',
            signal,
          }),
        );
  // Typed as the image the plan says it is: it is only ever shown by <img>, where nothing in an SVG runs.
  return new Blob([blob], { type });
}

/**
 * A blob: URL of a floor plan's drawing for an `<img>` (never inlined into the page: an SVG in the DOM could run
 * script). `version` names the drawing shown (the plan's revision), so an upload fetches the new one.
 */
export function useFloorPlanDrawing(orgId: string, floorPlanId: string, options: { revision?: number | null; version: string; type: string; enabled?: boolean }) {
  const { revision = null, version, type, enabled = true } = options;
  const query = useQuery({
    queryKey: floorPlanKeys.drawing(orgId, floorPlanId, revision, version),
    queryFn: ({ signal }) => getFloorPlanDrawing(orgId, floorPlanId, revision, type, signal),
    enabled: enabled && Boolean(floorPlanId),
    staleTime: Infinity,
  });
  return { ...query, url: useObjectUrl(query.data) };
}
