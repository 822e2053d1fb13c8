import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { orgKeys } from '../../../entities/org/orgKeys';
import type { CreateOrgBody, Org } from '../types';

export async function createOrg(body: CreateOrgBody): Promise<Org> {
  return unwrap(await api.POST('/api/v1/orgs', { body }));
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrg,
    onSuccess: (org) => {
      queryClient.setQueryData(orgKeys.detail(org.id), org);
      return queryClient.invalidateQueries({ queryKey: orgKeys.lists() });
    },
  });
}
