import { useQuery } from '@tanstack/react-query';
import { useObjectUrl } from '../../../lib/useObjectUrl';
import { api, unwrap } from '../../../api/client';
import { docsKeys } from './docsKeys';

/** The SVG preview as a Blob (fetched with the bearer token like every API call). */
export async function getDiagramPreview(orgId: string, diagramId: string, revision: number | null, signal?: AbortSignal): Promise<Blob> {
  const blob =
    revision === null
      ? unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/diagrams/{diagramId}/preview', { params: { path: { orgId, diagramId } }, parseAs: 'blob', signal }))
      : unwrap(
          await api.GET('/api/v1/orgs/{orgId}/docs/diagrams/{diagramId}/revisions/{number}/preview', {
            params: { path: { orgId, diagramId, number: revision } },
            parseAs: 'blob',
            signal,
          }),
        );
  // Typed as an image whatever the response said: it is only ever shown by <img>, where nothing in an SVG runs.
  return new Blob([blob], { type: 'image/svg+xml' });
}

/**
 * A blob: URL of a diagram's preview for an `<img>` (never inlined into the page: an SVG in the DOM could run script).
 * `etag` names the version shown, so a save fetches the new picture; the URL is revoked when it is no longer shown.
 */
export function useDiagramPreview(orgId: string, diagramId: string, options: { revision?: number | null; etag?: string; enabled?: boolean } = {}) {
  const { revision = null, etag = '', enabled = true } = options;
  const query = useQuery({
    queryKey: docsKeys.diagramPreview(orgId, diagramId, revision, etag),
    queryFn: ({ signal }) => getDiagramPreview(orgId, diagramId, revision, signal),
    enabled: enabled && Boolean(diagramId),
    staleTime: revision === null ? 0 : Infinity,
  });
  return { ...query, url: useObjectUrl(query.data) };
}
