import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { orgKeys } from './orgKeys';
import type { Org } from './types';

export async function getOrg(orgId: string, signal?: AbortSignal): Promise<Org> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}', { params: { path: { orgId } }, signal }));
}

/** One organisation with its settings: its settings page, and the knowledge base (whether changes need review). */
export function useOrg(orgId: string, enabled = true) {
  return useQuery({
    queryKey: orgKeys.detail(orgId),
    queryFn: ({ signal }) => getOrg(orgId, signal),
    enabled: enabled && Boolean(orgId),
  });
}
