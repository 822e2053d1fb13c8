import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { rackKeys, type PanelListParams } from '../../../entities/rack/rackKeys';
import type { PatchPanelPage } from '../types';

export async function listPatchPanels(orgId: string, params: PanelListParams, signal?: AbortSignal): Promise<PatchPanelPage> {
  const query = { limit: params.limit, ...(params.q ? { q: params.q } : {}), ...(params.cursor ? { cursor: params.cursor } : {}) };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/patch-panels', { params: { path: { orgId }, query }, signal }));
}

/** A page of patch panels by name, each with all its ports (the panels page, and the other-port picker's search). */
export function usePatchPanels(orgId: string, params: PanelListParams) {
  return useQuery({
    queryKey: rackKeys.panelList(orgId, params),
    queryFn: ({ signal }) => listPatchPanels(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}
