import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { rackKeys } from '../../../entities/rack/rackKeys';
import type { PatchPanel } from '../types';

export async function listPatchPanels(orgId: string, signal?: AbortSignal): Promise<PatchPanel[]> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/patch-panels', { params: { path: { orgId } }, signal }));
}

/** Every patch panel of the organisation with all its ports (one list, not paged). */
export function usePatchPanels(orgId: string) {
  return useQuery({
    queryKey: rackKeys.panels(orgId),
    queryFn: ({ signal }) => listPatchPanels(orgId, signal),
  });
}
