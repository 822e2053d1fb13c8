import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { orgKeys } from '../../../entities/org/orgKeys';
import type { Org, UpdateOrgBody } from '../types';

export interface UpdateOrgInput extends EtagWrite {
  changes: UpdateOrgBody;
}

export async function updateOrg({ orgId, etag, changes }: UpdateOrgInput): Promise<Org> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}', {
      params: { path: { orgId }, header: ifMatch(etag) },
      body: changes,
    }),
  );
}

export function useUpdateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrg,
    onSuccess: (org) => {
      queryClient.setQueryData(orgKeys.detail(org.id), org);
      return queryClient.invalidateQueries({ queryKey: orgKeys.lists() });
    },
  });
}
