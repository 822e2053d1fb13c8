import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { JsonOf, paths } from '../../../api/types';

export type OrgOverview = JsonOf<paths['/api/v1/orgs/{orgId}/overview']['get']['responses'][200]>;

export const overviewKeys = {
  org: (orgId: string) => ['overview', orgId] as const,
};

/** A client's landing page in one call: counts, pinned credentials, key contacts, locations, warranties, recent changes. */
export function useOrgOverview(orgId: string) {
  return useQuery({
    queryKey: overviewKeys.org(orgId),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/orgs/{orgId}/overview', { params: { path: { orgId } }, signal })),
  });
}
