import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type EtagWrite } from '../../../api/client';
import { assetKeys } from '../../../entities/asset/assetKeys';
import { contactKeys } from '../../../entities/contact/contactKeys';

export interface DeleteContactInput extends EtagWrite {
  contactId: string;
}

/** Assets assigned to the contact become unassigned. */
export async function deleteContact({ orgId, contactId, etag }: DeleteContactInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/orgs/{orgId}/contacts/{contactId}', { params: { path: { orgId, contactId }, header: ifMatch(etag) } }));
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContact,
    onSuccess: (_, { orgId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contactKeys.all(orgId) }),
        queryClient.invalidateQueries({ queryKey: assetKeys.details(orgId) }),
        queryClient.invalidateQueries({ queryKey: assetKeys.lists(orgId) }),
      ]),
  });
}
