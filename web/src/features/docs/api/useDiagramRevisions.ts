import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { docsKeys } from './docsKeys';

const PAGE_SIZE = 50;

/** A diagram's revisions, newest first, a page at a time. */
export function useDiagramRevisions(orgId: string, diagramId: string, cursor: string | null) {
  return useQuery({
    queryKey: docsKeys.diagramRevisions(orgId, diagramId, cursor),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/orgs/{orgId}/docs/diagrams/{diagramId}/revisions', {
          params: { path: { orgId, diagramId }, query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
