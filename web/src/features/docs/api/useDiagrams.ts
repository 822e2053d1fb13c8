import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { DiagramListParams, DiagramPage } from '../types';
import { docsKeys } from './docsKeys';

export async function listDiagrams(orgId: string, params: DiagramListParams, signal?: AbortSignal): Promise<DiagramPage> {
  const { folder } = params;
  const query = {
    limit: params.limit,
    ...(params.sort !== 'name' ? { sort: params.sort } : {}),
    ...(params.q ? { q: params.q } : {}),
    ...(folder.kind === 'folder' ? { folderId: folder.id } : folder.kind === 'unfiled' ? { unfiled: true } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/diagrams', { params: { path: { orgId }, query }, signal }));
}

/** A page of the knowledge base's diagrams (names, no XML). */
export function useDiagrams(orgId: string, params: DiagramListParams, enabled = true) {
  return useQuery({
    queryKey: docsKeys.diagramList(orgId, params),
    queryFn: ({ signal }) => listDiagrams(orgId, params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
