import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Org, UpdateOrgBody } from '../types';
import { orgKeys } from './orgKeys';

export interface UpdateOrgInput {
  orgId: string;
  /** The etag the user's edits are based on; a 412 means someone else changed the org since. */
  etag: string;
  changes: UpdateOrgBody;
}

export async function updateOrg({ orgId, etag, changes }: UpdateOrgInput): Promise<Org> {
  return unwrap(
    await api.PATCH('/api/v1/orgs/{orgId}', {
      params: { path: { orgId }, header: { 'If-Match': etag } },
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
