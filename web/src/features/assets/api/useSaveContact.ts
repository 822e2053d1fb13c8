import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Contact, SaveContactBody } from '../types';
import { contactKeys } from './contactKeys';

export interface SaveContactInput {
  orgId: string;
  /** Absent to create a contact. */
  contactId?: string;
  body: SaveContactBody;
}

/** Creates (POST) or partially updates (PATCH) a contact; an empty string clears a field. */
export async function saveContact({ orgId, contactId, body }: SaveContactInput): Promise<Contact> {
  return contactId
    ? unwrap(await api.PATCH('/api/v1/orgs/{orgId}/contacts/{contactId}', { params: { path: { orgId, contactId } }, body }))
    : unwrap(await api.POST('/api/v1/orgs/{orgId}/contacts', { params: { path: { orgId } }, body }));
}

export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveContact,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: contactKeys.all(orgId) }),
  });
}
