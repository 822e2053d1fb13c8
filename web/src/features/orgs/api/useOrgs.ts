import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { orgKeys } from '../../../entities/org/orgKeys';
import type { OrgListParams, OrgPage } from '../types';

export async function listOrgs(params: OrgListParams, signal?: AbortSignal): Promise<OrgPage> {
  const query = {
    limit: params.limit,
    sort: params.sort,
    ...(params.q ? { q: params.q } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs', { params: { query }, signal }));
}

export function useOrgs(params: OrgListParams, enabled = true) {
  return useQuery({
    queryKey: orgKeys.list(params),
    queryFn: ({ signal }) => listOrgs(params, signal),
    enabled,
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
