import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { docsKeys } from './docsKeys';

export interface DeleteDiagramInput extends EtagWrite {
  diagramId: string;
}

export async function deleteDiagram({ orgId, diagramId, etag }: DeleteDiagramInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/docs/diagrams/{diagramId}', { params: { path: { orgId, diagramId }, header: ifMatch(etag) } }));
}

/** Deletes a diagram with its revisions. */
export function useDeleteDiagram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDiagram,
    onSuccess: (_, { orgId, diagramId }) => {
      queryClient.removeQueries({ queryKey: docsKeys.diagram(orgId, diagramId) });
      return queryClient.invalidateQueries({ queryKey: docsKeys.all(orgId) });
    },
  });
}
