import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { uploadFile, type Upload, type UploadProgress } from '../../../entities/attachment/uploadAttachment';
import { floorPlanKeys, refreshFloorPlanViews } from '../../../entities/floorPlan/floorPlanKeys';
import type { CreateFloorPlanBody, FloorPlan, PinInput, UpdateFloorPlanBody } from '../../../entities/floorPlan/types';

const PAGE_SIZE = 50;

export async function createFloorPlan({ orgId, body }: { orgId: string; body: CreateFloorPlanBody }): Promise<FloorPlan> {
  return unwrap(await api.POST('/api/v1/orgs/{orgId}/docs/floor-plans', { params: { path: { orgId } }, body }));
}

export interface UpdateFloorPlanInput extends EtagWrite {
  floorPlanId: string;
  changes: UpdateFloorPlanBody;
}

export async function updateFloorPlan({ orgId, floorPlanId, etag, changes }: UpdateFloorPlanInput): Promise<FloorPlan> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}', { params: { path: { orgId, floorPlanId }, header: ifMatch(etag) }, body: changes }),
  );
}

export interface SavePinsInput extends EtagWrite {
  floorPlanId: string;
  pins: PinInput[];
  summary?: string;
}

/** The whole pin list, as a new revision; a stale etag answers 412 (someone changed the plan since it was read). */
export async function saveFloorPlanPins({ orgId, floorPlanId, etag, pins, summary }: SavePinsInput): Promise<FloorPlan> {
  return unwrap(
    await api.PUT('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}/pins', {
      params: { path: { orgId, floorPlanId }, header: ifMatch(etag) },
      body: { pins, summary: summary || null },
    }),
  );
}

export interface RestoreFloorPlanInput extends EtagWrite {
  floorPlanId: string;
  number: number;
}

/** Writes an earlier revision as a new one (409 when the plan already is it). */
export async function restoreFloorPlanRevision({ orgId, floorPlanId, number, etag }: RestoreFloorPlanInput): Promise<FloorPlan> {
  return unwrap(
    await api.POST('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}/revisions/{number}/restore', {
      params: { path: { orgId, floorPlanId, number }, header: ifMatch(etag) },
    }),
  );
}

function useFloorPlanWrite<TInput extends { orgId: string }>(write: (input: TInput) => Promise<FloorPlan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (plan, { orgId }) => {
      queryClient.setQueryData(floorPlanKeys.detail(orgId, plan.id), plan);
      await refreshFloorPlanViews(queryClient, orgId, plan.id);
    },
  });
}

export const useCreateFloorPlan = () => useFloorPlanWrite(createFloorPlan);
export const useUpdateFloorPlan = () => useFloorPlanWrite(updateFloorPlan);
export const useSaveFloorPlanPins = () => useFloorPlanWrite(saveFloorPlanPins);
export const useRestoreFloorPlanRevision = () => useFloorPlanWrite(restoreFloorPlanRevision);

/** Deletes a plan with its revisions and files. */
export function useDeleteFloorPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ orgId, floorPlanId, etag }: EtagWrite & { floorPlanId: string }) => {
      unwrap(await api.DELETE('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}', { params: { path: { orgId, floorPlanId }, header: ifMatch(etag) } }));
    },
    onSuccess: (_, { orgId, floorPlanId }) => {
      queryClient.removeQueries({ queryKey: floorPlanKeys.plan(orgId, floorPlanId) });
      return queryClient.invalidateQueries({ queryKey: floorPlanKeys.lists(orgId) });
    },
  });
}

/** `PUT …/drawing?fileName=` with the file as the body and the plan's etag, with upload progress. */
export function uploadDrawing(orgId: string, plan: { id: string; etag: string }, file: File, onProgress: (progress: UploadProgress) => void, floor?: number): Upload<FloorPlan> {
  const query = new URLSearchParams({ fileName: file.name, ...(floor ? { floor: String(floor) } : {}) });
  const url = `/api/v1/orgs/${encodeURIComponent(orgId)}/docs/floor-plans/${encodeURIComponent(plan.id)}/drawing?${query}`;
  return uploadFile<FloorPlan>({ method: 'PUT', url, headers: ifMatch(plan.etag) }, file, onProgress);
}

/** A plan's revisions, newest first, a page at a time. */
export function useFloorPlanRevisions(orgId: string, floorPlanId: string, cursor: string | null) {
  return useQuery({
    queryKey: floorPlanKeys.revisions(orgId, floorPlanId, cursor),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}/revisions', {
          params: { path: { orgId, floorPlanId }, query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One revision with its rooms and pins. */
export function useFloorPlanRevision(orgId: string, floorPlanId: string, number: number | null) {
  return useQuery({
    queryKey: floorPlanKeys.revision(orgId, floorPlanId, number ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/orgs/{orgId}/docs/floor-plans/{floorPlanId}/revisions/{number}', {
          params: { path: { orgId, floorPlanId, number: number ?? 0 } },
          signal,
        }),
      ),
    enabled: number !== null,
    staleTime: Infinity,
  });
}

/** The organisation's racks and patch panel ports, for the pin editor's choices (the API's largest page). */
export function usePinTargets(orgId: string, enabled: boolean) {
  const racks = useQuery({
    queryKey: ['racks', orgId, 'racks', 'floor-plan-options'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/orgs/{orgId}/racks', { params: { path: { orgId }, query: { limit: 500 } }, signal })),
    enabled,
    staleTime: 60_000,
  });
  const panels = useQuery({
    queryKey: ['racks', orgId, 'panels', 'floor-plan-options'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/orgs/{orgId}/patch-panels', { params: { path: { orgId }, query: { limit: 500 } }, signal })),
    enabled,
    staleTime: 60_000,
  });
  return { racks, panels };
}
