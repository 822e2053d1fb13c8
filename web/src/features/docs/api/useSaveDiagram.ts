import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import type { CreateDiagramBody, Diagram, UpdateDiagramBody } from '../types';
import { docsKeys, refreshDiagramViews } from './docsKeys';

export async function createDiagram({ orgId, body }: { orgId: string; body: CreateDiagramBody }): Promise<Diagram> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/docs/diagrams', { params: { path: { orgId } }, body }));
}

export interface UpdateDiagramInput extends EtagWrite {
  diagramId: string;
  changes: UpdateDiagramBody;
}

/** A stale etag answers 412: someone saved a newer revision since the editor opened the diagram. */
export async function updateDiagram({ orgId, diagramId, etag, changes }: UpdateDiagramInput): Promise<Diagram> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/docs/diagrams/{diagramId}', { params: { path: { orgId, diagramId }, header: ifMatch(etag) }, body: changes }),
  );
}

export interface RestoreDiagramInput extends EtagWrite {
  diagramId: string;
  number: number;
}

/** Writes an earlier revision as a new one (409 when the diagram already is it). */
export async function restoreDiagramRevision({ orgId, diagramId, number, etag }: RestoreDiagramInput): Promise<Diagram> {
  return unwrap(
    await api.POST('/api/v1/orgs/{orgId}/docs/diagrams/{diagramId}/revisions/{number}/restore', {
      params: { path: { orgId, diagramId, number }, header: ifMatch(etag) },
    }),
  );
}

function useDiagramWrite<TInput extends { orgId: string }>(write: (input: TInput) => Promise<Diagram>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (diagram, { orgId }) => {
      await refreshDiagramViews(queryClient, orgId, diagram.id);
      queryClient.setQueryData(docsKeys.diagramDetail(orgId, diagram.id), diagram);
    },
  });
}

export const useCreateDiagram = () => useDiagramWrite(createDiagram);
export const useUpdateDiagram = () => useDiagramWrite(updateDiagram);
export const useRestoreDiagramRevision = () => useDiagramWrite(restoreDiagramRevision);
