import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { orgKeys } from '../../../entities/org/orgKeys';
import type { Org } from '../types';

export async function getOrg(orgId: string, signal?: AbortSignal): Promise<Org> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}', { params: { path: { orgId } }, signal }));
}

export function useOrg(orgId: string) {
  return useQuery({
    queryKey: orgKeys.detail(orgId),
    queryFn: ({ signal }) => getOrg(orgId, signal),
  });
}
