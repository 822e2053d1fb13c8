import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { hasStatus } from '../../../lib/problem';
import type { Contact, CreateContactBody, UpdateContactBody } from '../types';
import { contactKeys } from '../../../entities/contact/contactKeys';

/** Without an id a new contact is created; with one, `etag` is the version edited (a change made meanwhile is refused with 412). */
export type SaveContactInput = { orgId: string } & ({ contactId?: undefined; etag?: undefined; body: CreateContactBody } | { contactId: string; etag: string; body: UpdateContactBody });

/** Creates (POST) or partially updates (PATCH) a contact; an empty string clears a field. */
export async function saveContact(input: SaveContactInput): Promise<Contact> {
  const { orgId } = input;
  return input.contactId !== undefined
    ? unwrap(await api.PATCH('/api/v1/orgs/{orgId}/contacts/{contactId}', { params: { path: { orgId, contactId: input.contactId }, header: ifMatch(input.etag) }, body: input.body }))
    : unwrap(await api.POST('/api/v1/orgs/{orgId}/contacts', { params: { path: { orgId } }, body: input.body }));
}

export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveContact,
    onSuccess: (_, { orgId }) => queryClient.invalidateQueries({ queryKey: contactKeys.all(orgId) }),
    // Someone else changed it meanwhile: the lists re-read, so editing again starts from their version.
    onError: (error, { orgId }) => hasStatus(error, 412) && queryClient.invalidateQueries({ queryKey: contactKeys.all(orgId) }),
  });
}
