import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Diagram } from '../types';
import { docsKeys } from './docsKeys';

export async function getDiagram(orgId: string, diagramId: string, signal?: AbortSignal): Promise<Diagram> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/diagrams/{diagramId}', { params: { path: { orgId, diagramId } }, signal }));
}

/** A diagram with its draw.io XML and its linked assets. */
export function useDiagram(orgId: string, diagramId: string) {
  return useQuery({
    queryKey: docsKeys.diagramDetail(orgId, diagramId),
    queryFn: ({ signal }) => getDiagram(orgId, diagramId, signal),
    enabled: Boolean(diagramId),
  });
}
